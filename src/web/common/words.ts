import { FORMAT_TAGS, type Locale } from "../../core/i18n/locales.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { noun, WORDS_LOCALE } from "../../core/words/plural.ts";
import { t } from "../i18n/language.ts";

/**
 * The tag each language's dates and times are written with. English keeps the screens' own
 * American order ("January 5, 2026"), which the app has always shown; the others follow
 * `FORMAT_TAGS`, as core's dates do.
 */
const WORDS_TAGS: Readonly<Record<Locale, string>> = { ...FORMAT_TAGS, en: WORDS_LOCALE };

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and options, kept: making one costs far more than using it. */
function format(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = t.locale;
  let found = formats.get(`${locale} ${key}`);
  if (!found) {
    found = new Intl.DateTimeFormat(WORDS_TAGS[locale], options);
    formats.set(`${locale} ${key}`, found);
  }
  return found;
}

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
  const at = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return format(style, { ...DAY_OPTIONS[style], timeZone: "UTC" }).format(at);
}

/** A moment (ISO timestamp) as a date and time in words, in this device's time zone. */
export function whenWords(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? iso
    : format("when", { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** A time of day in words ("8:05 PM"), in this device's time zone. */
export function clockWords(ms: number): string {
  return format("clock", { hour: "numeric", minute: "2-digit" }).format(ms);
}

/**
 * A length of time as it was, to the second: "7 min", "1 min 36 s", "45 s". A session that
 * ended after 96 seconds is not "2 min".
 */
export function durationWords(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  if (m === 0) return t("common.duration.s", { s });
  return s === 0 ? t("common.duration.m", { m }) : t("common.duration.ms", { m, s });
}

/**
 * English nouns for screens not yet on the catalogs (`pluralForm` with one of these); a count
 * a person reads goes through {@link count}, in the page's language.
 */
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

/** A count of one of {@link NOUNS} in the page's language: "1 check-in", "3 Abende". */
export function count(n: number, what: keyof typeof NOUNS): string {
  return t(`common.count.${what}`, { n });
}
