import type { Slot } from "../model/slots.ts";
import { addDays, type LocalDate, weekday } from "../time/local-date.ts";
import { wallClock } from "../time/zoned-time.ts";

/** From this local hour on, Today opens on the evening routine. */
export const EVENING_FROM_HOUR = 14;
/**
 * Before this hour the night still belongs to the day before (the same 4 a.m. rule as the
 * practice day in `time/session-day.ts`): at 01:00 the evening routine is the one due.
 */
export const NIGHT_ENDS_AT_HOUR = 4;

/** Which daily routine a moment belongs to, and on which practice day. */
export interface DailyMoment {
  readonly slot: Exclude<Slot, "weekly">;
  /** The practice day: the local date, or the day before in the small hours. */
  readonly day: LocalDate;
  /** Day of the week of `day`, 0 = Sunday. */
  readonly weekday: number;
}

/**
 * The routine for a moment in the person's zone: morning from 4 a.m. until 2 p.m., evening from
 * 2 p.m. until 4 a.m. (the small hours count as the evening before). Wall-clock hours come from
 * the zone's rules, so a daylight-saving change moves the switch with the clock on the wall.
 */
export function dailyMoment(epochMs: number, timeZone: string): DailyMoment {
  const wall = wallClock(epochMs, timeZone);
  if (wall.hour < NIGHT_ENDS_AT_HOUR) {
    const day = addDays(wall.date, -1);
    return { slot: "pm", day, weekday: weekday(day) };
  }
  const slot = wall.hour < EVENING_FROM_HOUR ? "am" : "pm";
  return { slot, day: wall.date, weekday: weekday(wall.date) };
}

/** True when the weekly routine falls on the practice day of this moment. */
export function isWeeklyDay(epochMs: number, timeZone: string, weeklyWeekday: number): boolean {
  return dailyMoment(epochMs, timeZone).weekday === weeklyWeekday;
}
