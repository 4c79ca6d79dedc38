import { addDays, type LocalDate } from "../time/local-date.ts";

/** The recommendation of 5–10 minutes a day, over a week. */
export const WEEKLY_TARGET_MINUTES = { min: 35, max: 70 } as const;

/** Minutes in the last seven days against the weekly recommendation. */
export interface WeeklyMinutes {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly minutes: number;
  readonly target: typeof WEEKLY_TARGET_MINUTES;
  readonly status: "below" | "within" | "above";
}

/** Sums practice over the seven days ending today, rounded to whole minutes. */
export function weeklyMinutes(
  secondsByDay: ReadonlyMap<LocalDate, number>,
  today: LocalDate,
): WeeklyMinutes {
  const from = addDays(today, -6);
  let total = 0;
  for (const [date, secs] of secondsByDay) if (date >= from && date <= today) total += secs;
  const minutes = Math.round(total / 60);
  const status =
    minutes < WEEKLY_TARGET_MINUTES.min
      ? "below"
      : minutes > WEEKLY_TARGET_MINUTES.max
        ? "above"
        : "within";
  return { from, to: today, minutes, target: WEEKLY_TARGET_MINUTES, status };
}
