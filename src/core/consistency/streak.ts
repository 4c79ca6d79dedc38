import { dayNumber, fromDayNumber, type LocalDate } from "../time/local-date.ts";

/** Days within which a second missed day breaks a streak: one miss in any 7 days is forgiven. */
export const FORGIVENESS_WINDOW_DAYS = 7;

/** A forgiving streak. */
export interface Streak {
  /** Days in the current run, from its first day to its last done day; 0 when broken. */
  readonly current: number;
  /** The longest run ever, counted the same way. */
  readonly longest: number;
  /** First day of the current run, when there is one. */
  readonly since?: LocalDate;
  /** Missed days forgiven inside the current run, including yesterday when it was missed. */
  readonly forgiven: number;
}

/**
 * The forgiving streak, defined precisely:
 * - a day is *done* when it has a completed session; today is *pending* until it is done, never
 *   missed, so the streak is measured up to today when today is done and up to yesterday if not;
 *   days after today are ignored;
 * - a *run* is a stretch of consecutive days that starts on a done day and in which any two
 *   missed days are at least {@link FORGIVENESS_WINDOW_DAYS} apart, which is the same as "at most
 *   one missed day in any 7 consecutive days";
 * - a run's length counts its days from the first to its last done day, forgiven days included;
 * - `current` is the run that reaches the end day (today or yesterday), `longest` the longest run.
 */
export function computeStreak(doneDates: readonly LocalDate[], today: LocalDate): Streak {
  const todayN = dayNumber(today);
  const done = new Set(doneDates.map(dayNumber).filter((n) => n <= todayN));
  if (done.size === 0) return { current: 0, longest: 0, forgiven: 0 };
  const end = done.has(todayN) ? todayN : todayN - 1;
  const first = Math.min(...done);

  let start: number | undefined;
  let lastMiss: number | undefined;
  let lastDone = first;
  let misses = 0;
  let longest = 0;
  for (let d = first; d <= end; d++) {
    if (done.has(d)) {
      if (start === undefined) {
        start = d;
        lastMiss = undefined;
        misses = 0;
      }
      lastDone = d;
      longest = Math.max(longest, d - start + 1);
      continue;
    }
    if (start === undefined) continue;
    if (lastMiss === undefined || d - lastMiss >= FORGIVENESS_WINDOW_DAYS) {
      lastMiss = d;
      misses += 1;
      continue;
    }
    // Two misses too close: a new run may start on the first done day after the earlier miss.
    let next = lastMiss + 1;
    while (next < d && !done.has(next)) next++;
    if (next < d) {
      start = next;
      lastMiss = d;
      misses = 1;
    } else {
      start = undefined;
    }
  }
  if (start === undefined) return { current: 0, longest, forgiven: 0 };
  return { current: lastDone - start + 1, longest, since: fromDayNumber(start), forgiven: misses };
}
