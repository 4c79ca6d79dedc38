import type { LocalDate } from "../../core/time/local-date.ts";
import { counted, noun, WORDS_LOCALE } from "../../core/words/plural.ts";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** How much of a date to say: "Monday 5 January", "5 January 2026", "5 Jan". */
export type DayStyle = "weekday" | "full" | "short";

const DAY_OPTIONS: Readonly<Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  weekday: { weekday: "long", day: "numeric", month: "long" },
  full: { day: "numeric", month: "long", year: "numeric" },
  short: { day: "numeric", month: "short" },
};

/**
 * A calendar day in words, in the words' language: never the ISO "2026-01-05" a person would
 * have to decode. The day is read at noon UTC and written in UTC, so it is the same day in every
 * time zone.
 */
export function dayWords(day: LocalDate | string, style: DayStyle = "full"): string {
  let format = dayFormats.get(style);
  if (!format) {
    format = new Intl.DateTimeFormat(WORDS_LOCALE, { ...DAY_OPTIONS[style], timeZone: "UTC" });
    dayFormats.set(style, format);
  }
  const at = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(at.getTime()) ? day : format.format(at);
}

const whenFormat = new Intl.DateTimeFormat(WORDS_LOCALE, {
  dateStyle: "medium",
  timeStyle: "short",
});

/** A moment (ISO timestamp) as a date and time in words, in this device's time zone. */
export function whenWords(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : whenFormat.format(at);
}

const clockFormat = new Intl.DateTimeFormat(WORDS_LOCALE, { hour: "numeric", minute: "2-digit" });

/** A time of day in words ("8:05 PM"), in this device's time zone. */
export function clockWords(ms: number): string {
  return clockFormat.format(ms);
}

/**
 * A length of time as it was, to the second: "7 min", "1 min 36 s", "45 s". A session that
 * ended after 96 seconds is not "2 min".
 */
export function durationWords(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** Common nouns the screens count, each through `Intl.PluralRules` (core/words/plural.ts). */
export const NOUNS = {
  day: noun("day"),
  minute: noun("minute"),
  morning: noun("morning"),
  evening: noun("evening"),
  session: noun("session"),
  checkin: noun("check-in"),
  change: noun("change"),
  step: noun("step"),
  guide: noun("guide"),
  reaction: noun("reaction"),
  device: noun("device"),
  zone: noun("zone"),
  week: noun("week"),
} as const;

/** A count with one of {@link NOUNS}: "1 check-in", "3 evenings". */
export function count(n: number, what: keyof typeof NOUNS): string {
  return counted(n, NOUNS[what]);
}
