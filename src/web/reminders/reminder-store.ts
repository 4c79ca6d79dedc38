import { calendarFromBodies } from "../../core/calendar/calendar-from-bodies.ts";
import type { ReminderSchedule } from "../../core/reminders/due-reminders.ts";
import { PROFILE_ID, ROUTINE_IDS } from "../../core/setup/record-ids.ts";
import {
  type ReadReminders,
  type ReminderSettings,
  readReminderSettings,
} from "../../core/setup/reminder-settings.ts";
import { DEFAULT_WEEKDAY, readRoutineBody } from "../../core/setup/routine-body.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { readSettings, settingsId, updateSettings } from "../local/settings.ts";

/** The reminders section of the synced settings, read leniently. */
export async function readReminders(records: Records): Promise<ReadReminders> {
  return readReminderSettings((await readSettings(records)).reminders, t);
}

/**
 * Saves the reminders section with the device's current time zone, which the server needs for
 * the calendar subscription and which follows the person when they travel and save again.
 */
export async function saveReminders(records: Records, settings: ReminderSettings): Promise<void> {
  await updateSettings(records, "reminders", { ...settings, timeZone: deviceTimeZone() });
}

/** Writes the default reminders once (after onboarding) so the subscription knows the zone. */
export async function ensureReminders(records: Records): Promise<void> {
  const current = await readSettings(records);
  if (current.reminders === undefined)
    await saveReminders(records, readReminderSettings(undefined, t).settings);
}

async function bodyOf(records: Records, id: string): Promise<unknown> {
  const rec = await records.get<unknown>(id);
  return rec && !rec.deleted ? rec.body : undefined;
}

/** The reminder schedule as stored now: settings, the weekly routine's weekday, the zone. */
export async function currentSchedule(records: Records): Promise<ReminderSchedule> {
  const { settings } = await readReminders(records);
  const weekly = readRoutineBody(await bodyOf(records, ROUTINE_IDS.weekly), "weekly", t)?.body;
  return {
    settings,
    weeklyWeekday: weekly?.weekday ?? DEFAULT_WEEKDAY,
    timeZone: settings.timeZone ?? deviceTimeZone(),
  };
}

/** The calendar file made on this device from its own records (no account needed). */
export async function deviceCalendar(records: Records, now: number): Promise<string> {
  return calendarFromBodies(
    {
      settings: await bodyOf(records, settingsId),
      profile: await bodyOf(records, PROFILE_ID),
      weeklyRoutine: await bodyOf(records, ROUTINE_IDS.weekly),
    },
    {
      uidSeed: await records.deviceId(),
      now,
      fallbackTimeZone: deviceTimeZone(),
      appUrl: `${location.origin}/`,
      // The page speaks the chosen language (start-language.ts), so its own translator serves.
      translatorFor: () => t,
    },
  );
}
