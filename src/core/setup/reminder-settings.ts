import type { Translate } from "../i18n/translate.ts";
import { SLOTS, type Slot } from "../model/slots.ts";
import { isTimeZone } from "../time/zoned-time.ts";
import { isRecord } from "../validate/read.ts";

/** A wall-clock time `HH:MM`, 24-hour. */
export type ClockTime = string & { readonly __brand: "ClockTime" };

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads `HH:MM` into a ClockTime, or `undefined` when it is not a real time of day. */
export function parseClockTime(text: unknown): ClockTime | undefined {
  return typeof text === "string" && CLOCK.test(text) ? (text as ClockTime) : undefined;
}

/** Hour and minute of a ClockTime. */
export function clockParts(time: ClockTime): { readonly hour: number; readonly minute: number } {
  return { hour: Number(time.slice(0, 2)), minute: Number(time.slice(3, 5)) };
}

/** The version of the reminders section this code writes. */
export const REMINDERS_SCHEMA_VERSION = 1;

/**
 * The `reminders` section of the synced settings record. Each slot has its own time or `null`
 * for no reminder; quiet days (0 = Sunday) silence every reminder that day; `enabled: false`
 * turns them all off while keeping the chosen times. The time zone travels with the settings
 * because the server, which serves the calendar subscription, cannot know it otherwise.
 */
export interface ReminderSettings {
  readonly schemaVersion: 1;
  readonly enabled: boolean;
  readonly times: Readonly<Record<Slot, ClockTime | null>>;
  readonly quietDays: readonly number[];
  readonly timeZone?: string;
}

/** Reminders as a new person gets them: on, morning 07:30, evening 21:00, weekly 19:00. */
export const DEFAULT_REMINDERS: ReminderSettings = {
  schemaVersion: 1,
  enabled: true,
  times: { am: "07:30" as ClockTime, pm: "21:00" as ClockTime, weekly: "19:00" as ClockTime },
  quietDays: [],
};

/** A section read back, with what had to be replaced by a default. */
export interface ReadReminders {
  readonly settings: ReminderSettings;
  /** Plain-words notes on fields that were unreadable and fell back to their default. */
  readonly problems: readonly string[];
}

/**
 * Reads a stored reminders section leniently: absent means defaults; each unreadable field falls
 * back to its default and is named in `problems`, so a damaged record never stops the app.
 */
export function readReminderSettings(raw: unknown, t: Translate): ReadReminders {
  if (raw === undefined || raw === null) return { settings: DEFAULT_REMINDERS, problems: [] };
  if (!isRecord(raw))
    return {
      settings: DEFAULT_REMINDERS,
      problems: [t("stored.reminders.unreadable")],
    };
  const problems: string[] = [];
  if (typeof raw.schemaVersion === "number" && raw.schemaVersion > REMINDERS_SCHEMA_VERSION) {
    problems.push(t("stored.reminders.newer"));
  }
  const enabled = typeof raw.enabled === "boolean" ? raw.enabled : DEFAULT_REMINDERS.enabled;
  if (raw.enabled !== undefined && typeof raw.enabled !== "boolean")
    problems.push(t("stored.reminders.enabled"));
  const rawTimes = isRecord(raw.times) ? raw.times : {};
  const times = {} as Record<Slot, ClockTime | null>;
  for (const slot of SLOTS) {
    const value = rawTimes[slot];
    const parsed = value === null ? null : parseClockTime(value);
    if (parsed === undefined && value !== undefined)
      problems.push(t("stored.reminders.time", { slot }));
    times[slot] = parsed === undefined ? DEFAULT_REMINDERS.times[slot] : parsed;
  }
  let quietDays: readonly number[] = [];
  if (Array.isArray(raw.quietDays)) {
    quietDays = [0, 1, 2, 3, 4, 5, 6].filter((d) => (raw.quietDays as unknown[]).includes(d));
  } else if (raw.quietDays !== undefined) {
    problems.push(t("stored.reminders.quiet-days"));
  }
  const timeZone = isTimeZone(raw.timeZone) ? raw.timeZone : undefined;
  return {
    settings: {
      schemaVersion: 1,
      enabled,
      times,
      quietDays,
      ...(timeZone === undefined ? {} : { timeZone }),
    },
    problems,
  };
}
