import { addDays, type LocalDate } from "./local-date.ts";
import { wallClock } from "./zoned-time.ts";

/**
 * The hour a practice day starts. A session just after midnight belongs to the evening before:
 * someone doing their evening routine at 00:30 has not skipped a day.
 */
export const DAY_STARTS_AT_HOUR = 4;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads an ISO 8601 instant with an offset (`…Z` or `…+02:00`) into epoch milliseconds. */
export function parseInstant(text: unknown): number | undefined {
  if (typeof text !== "string" || !INSTANT.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The practice day of a session that started at `epochMs`, in the time zone where it was done:
 * its local date, or the day before when it started before {@link DAY_STARTS_AT_HOUR} local time.
 */
export function practiceDay(epochMs: number, timeZone: string): LocalDate {
  const clock = wallClock(epochMs, timeZone);
  return clock.hour < DAY_STARTS_AT_HOUR ? addDays(clock.date, -1) : clock.date;
}
