import { dayNumber, type LocalDate } from "../time/local-date.ts";

/** How much one day moves the score: about a week's half-life. */
export const HABIT_SMOOTHING = 0.1;
/** Seconds of massage that make a full day (the low end of 5–10 minutes a day). */
export const FULL_DAY_SECONDS = 300;

/**
 * A habit score from 0 to 100: an exponential moving average over days of each day's practice,
 * where a day scores `min(1, seconds / 300) × 100`. It starts at 0 the day before the first
 * practice, runs to yesterday, and takes today in only once today has practice (so an unfinished
 * day never lowers it). A missed day multiplies it by 0.9: it falls smoothly and never hits 0
 * on its own; shown as a whole number, and never below 1 once a person has practised.
 */
export function habitScore(secondsByDay: ReadonlyMap<LocalDate, number>, today: LocalDate): number {
  const todayN = dayNumber(today);
  const byDay = new Map<number, number>();
  for (const [date, secs] of secondsByDay) {
    const n = dayNumber(date);
    if (n <= todayN && secs > 0) byDay.set(n, (byDay.get(n) ?? 0) + secs);
  }
  if (byDay.size === 0) return 0;
  const end = byDay.has(todayN) ? todayN : todayN - 1;
  let score = 0;
  for (let d = Math.min(...byDay.keys()); d <= end; d++) {
    const target = Math.min(1, (byDay.get(d) ?? 0) / FULL_DAY_SECONDS) * 100;
    score += HABIT_SMOOTHING * (target - score);
  }
  return Math.max(1, Math.min(100, Math.round(score)));
}
