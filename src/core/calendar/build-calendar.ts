import type { Translate } from "../i18n/translate.ts";
import { SLOTS, type Slot } from "../model/slots.ts";
import { type ReminderSchedule, remindsOn } from "../reminders/due-reminders.ts";
import { clockParts } from "../setup/reminder-settings.ts";
import { addDays, type LocalDate } from "../time/local-date.ts";
import { localDateOf } from "../time/zoned-time.ts";
import { escapeText, localDateTime, toStream, utcDateTime } from "./ics-text.ts";
import { vtimezoneLines } from "./vtimezone.ts";

const DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** What goes into the calendar file. */
export interface CalendarInput {
  readonly schedule: ReminderSchedule;
  /** Massage minutes per slot, used as each event's length. */
  readonly minutes: Readonly<Record<Slot, number>>;
  /**
   * Stable per person: event UIDs are built from it, so a refreshed subscription or a second
   * download updates the same events instead of adding copies.
   */
  readonly uidSeed: string;
  /** Now, for DTSTAMP and the first day of the series. */
  readonly now: number;
  /** Where the app lives, put in each event so a tap opens it. */
  readonly appUrl?: string;
  /** Says the events' titles and descriptions, in the person's language. */
  readonly t: Translate;
}

/** The weekdays a slot reminds on, 0 = Sunday. */
function slotWeekdays(schedule: ReminderSchedule, slot: Slot): readonly number[] {
  // 2026-01-04 is a Sunday, so index = day of the week.
  const week = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays("2026-01-04" as LocalDate, d));
  return week.flatMap((day, dow) => (remindsOn(schedule, slot, day) ? [dow] : []));
}

function eventLines(
  input: CalendarInput,
  slot: Slot,
  firstDay: LocalDate,
  days: readonly number[],
): readonly string[] {
  const { schedule } = input;
  const time = schedule.settings.times[slot];
  if (time === null) return [];
  const { hour, minute } = clockParts(time);
  // DTSTART must be the first occurrence (RFC 5545 §3.8.5.3), so start on the first allowed day.
  let start = firstDay;
  while (!remindsOn(schedule, slot, start)) start = addDays(start, 1);
  const rule =
    slot === "weekly"
      ? `FREQ=WEEKLY;BYDAY=${DAYS[schedule.weeklyWeekday]}`
      : days.length === 7
        ? "FREQ=DAILY"
        : `FREQ=WEEKLY;BYDAY=${days.map((d) => DAYS[d]).join(",")}`;
  const minutes = Math.max(1, Math.round(input.minutes[slot]));
  const summary = input.t("calendar.summary", { slot });
  const description = input.t("calendar.description", { minutes, slot });
  return [
    "BEGIN:VEVENT",
    `UID:${input.uidSeed}-${slot}@nura`,
    `DTSTAMP:${utcDateTime(input.now)}`,
    `DTSTART;TZID=${schedule.timeZone}:${localDateTime(start, hour, minute)}`,
    `DURATION:PT${minutes}M`,
    `RRULE:${rule}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(input.appUrl === undefined ? [] : [`URL:${input.appUrl}`]),
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(summary)}`,
    "TRIGGER:PT0S",
    "END:VALARM",
    "END:VEVENT",
  ];
}

/**
 * A calendar file (RFC 5545) with one repeating event per reminded slot at the person's chosen
 * time in their own time zone (TZID plus a VTIMEZONE computed for it), each with a display alarm
 * at the event's start: the phone's calendar then reminds even while Nura is closed. Daily slots
 * repeat on every day that is not quiet; the weekly one on its weekday. Reminders switched off
 * give a valid calendar with no events, which empties a subscribed calendar. Titles and
 * descriptions are in the language of `input.t`.
 */
export function buildCalendar(input: CalendarInput): string {
  const { schedule } = input;
  const firstDay = localDateOf(input.now, schedule.timeZone);
  const events = SLOTS.flatMap((slot) => {
    const days = slotWeekdays(schedule, slot);
    return days.length === 0 ? [] : eventLines(input, slot, firstDay, days);
  });
  const year = Number(firstDay.slice(0, 4));
  return toStream([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Nura//Face massage reminders//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Nura",
    `X-WR-TIMEZONE:${schedule.timeZone}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
    ...(events.length === 0 ? [] : vtimezoneLines(schedule.timeZone, year - 1)),
    ...events,
    "END:VCALENDAR",
  ]);
}
