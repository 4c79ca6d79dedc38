import type { Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/translate.ts";
import { readLanguageSetting } from "../setup/language-setting.ts";
import { readProfileBody } from "../setup/profile-body.ts";
import { readReminderSettings } from "../setup/reminder-settings.ts";
import { DEFAULT_WEEKDAY, readRoutineBody } from "../setup/routine-body.ts";
import { isTimeZone } from "../time/zoned-time.ts";
import { isRecord } from "../validate/read.ts";
import { buildCalendar } from "./build-calendar.ts";

/** The stored bodies a calendar is made from, as they come out of storage (unchecked). */
export interface CalendarBodies {
  /** The whole `settings` record body; its `reminders` section is read. */
  readonly settings: unknown;
  readonly profile: unknown;
  readonly weeklyRoutine: unknown;
}

/** Where the calendar comes from and when. */
export interface CalendarContext {
  /** Stable and unique per person (an account id, a device id): the base of the event UIDs. */
  readonly uidSeed: string;
  readonly now: number;
  /** Used when the settings carry no time zone yet. */
  readonly fallbackTimeZone: string;
  readonly appUrl?: string;
  /**
   * The translator for the language the person chose in Settings (synced), or for `undefined`
   * when they have not chosen one: the caller's own default then (the device's language, or
   * English for a subscription).
   */
  readonly translatorFor: (locale: Locale | undefined) => Translate;
}

/** One section of the settings record's body, if it is there. */
const settingsSection = (settings: unknown, name: string): unknown =>
  isRecord(settings) ? settings[name] : undefined;

/**
 * The calendar file for a person from their stored settings, profile and weekly routine, read
 * leniently (a damaged field falls back to its default), so the device download and the server's
 * subscription give the same events from the same records, in the language chosen in Settings.
 */
export function calendarFromBodies(bodies: CalendarBodies, context: CalendarContext): string {
  const section = settingsSection(bodies.settings, "reminders");
  const t = context.translatorFor(
    readLanguageSetting(settingsSection(bodies.settings, "language")),
  );
  const { settings } = readReminderSettings(section, t);
  const profile = readProfileBody(bodies.profile ?? {}, t).body;
  const weekly = readRoutineBody(bodies.weeklyRoutine, "weekly", t)?.body;
  const timeZone =
    settings.timeZone ?? (isTimeZone(context.fallbackTimeZone) ? context.fallbackTimeZone : "UTC");
  return buildCalendar({
    schedule: { settings, weeklyWeekday: weekly?.weekday ?? DEFAULT_WEEKDAY, timeZone },
    minutes: profile.minutes,
    uidSeed: context.uidSeed,
    now: context.now,
    ...(context.appUrl === undefined ? {} : { appUrl: context.appUrl }),
    t,
  });
}
