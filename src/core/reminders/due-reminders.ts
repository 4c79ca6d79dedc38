import { SLOTS, type Slot } from "../model/slots.ts";
import { type ClockTime, clockParts, type ReminderSettings } from "../setup/reminder-settings.ts";
import { addDays, diffDays, type LocalDate, weekday } from "../time/local-date.ts";
import { zonedEpoch } from "../time/zoned-epoch.ts";
import { localDateOf } from "../time/zoned-time.ts";

/** What the reminder schedule needs: the settings, the weekly routine's weekday and the zone. */
export interface ReminderSchedule {
  readonly settings: ReminderSettings;
  /** Day of the week of the weekly routine, 0 = Sunday. */
  readonly weeklyWeekday: number;
  readonly timeZone: string;
}

/** One reminder: a slot on a local day, at an instant. */
export interface DueReminder {
  readonly slot: Slot;
  readonly day: LocalDate;
  readonly at: number;
}

/** True when `slot` has a reminder on `day`: on, not a quiet day, and the weekly one on its weekday. */
export function remindsOn(schedule: ReminderSchedule, slot: Slot, day: LocalDate): boolean {
  const { settings } = schedule;
  if (!settings.enabled || settings.times[slot] === null) return false;
  const dow = weekday(day);
  if (settings.quietDays.includes(dow)) return false;
  return slot !== "weekly" || dow === schedule.weeklyWeekday;
}

function reminderOn(
  schedule: ReminderSchedule,
  slot: Slot,
  day: LocalDate,
): DueReminder | undefined {
  const time = schedule.settings.times[slot] as ClockTime | null;
  if (time === null || !remindsOn(schedule, slot, day)) return undefined;
  const { hour, minute } = clockParts(time);
  return { slot, day, at: zonedEpoch(day, hour, minute, schedule.timeZone) };
}

/**
 * Reminders that fall after `fromMs` and at or before `toMs`, in time order. The app calls it
 * with the last moment it checked and now, so a reminder is shown once even when the tab slept
 * through its minute. Days are walked on local dates, so daylight-saving days are neither skipped
 * nor doubled.
 */
export function remindersBetween(
  schedule: ReminderSchedule,
  fromMs: number,
  toMs: number,
): readonly DueReminder[] {
  if (toMs <= fromMs) return [];
  const first = addDays(localDateOf(fromMs, schedule.timeZone), -1);
  const last = addDays(localDateOf(toMs, schedule.timeZone), 1);
  const found: DueReminder[] = [];
  for (let day = first; diffDays(day, last) >= 0; day = addDays(day, 1)) {
    for (const slot of SLOTS) {
      const reminder = reminderOn(schedule, slot, day);
      if (reminder !== undefined && reminder.at > fromMs && reminder.at <= toMs)
        found.push(reminder);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The first reminder after `afterMs` within eight days, or `undefined` when none is set. */
export function nextReminder(schedule: ReminderSchedule, afterMs: number): DueReminder | undefined {
  return remindersBetween(schedule, afterMs, afterMs + 8 * 86_400_000)[0];
}
