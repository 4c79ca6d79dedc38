import type { LocalDate } from "../time/local-date.ts";
import { FORMAT_TAGS, type Locale } from "./locales.ts";

/** How much of a day to write: "8 November 2026", "8 Nov 2026", "Sunday 8 November". */
export type DayStyle = "long" | "medium" | "weekday";

const DAY_OPTIONS: Readonly<Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  long: { day: "numeric", month: "long", year: "numeric" },
  medium: { day: "numeric", month: "short", year: "numeric" },
  weekday: { weekday: "long", day: "numeric", month: "long" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and options, kept: making one costs far more than using it. */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (found === undefined) {
    // Every local date is read as midnight UTC and written in UTC, so no time zone moves it.
    found = new Intl.DateTimeFormat(FORMAT_TAGS[locale], { ...options, timeZone: "UTC" });
    formatters.set(key, found);
  }
  return found;
}

/** Midnight UTC of a `yyyy-MM-dd` day. */
function utcMidnight(day: LocalDate | string): Date {
  const [y = 1970, m = 1, d = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A calendar day in words, the same in every time zone: "8. November 2026" in German. */
export function formatDay(
  locale: Locale,
  day: LocalDate | string,
  style: DayStyle = "long",
): string {
  return formatter(locale, DAY_OPTIONS[style]).format(utcMidnight(day));
}

/** 2026-01-04 was a Sunday: day `n` of that week is weekday `n` (0 = Sunday). */
const SUNDAY = Date.UTC(2026, 0, 4);

/** The weekday names, Sunday first, as `weekday()` and the reminder settings number them. */
export function weekdayNames(locale: Locale, width: "long" | "short" = "long"): readonly string[] {
  const f = formatter(locale, { weekday: width });
  return [0, 1, 2, 3, 4, 5, 6].map((n) => f.format(new Date(SUNDAY + n * 86_400_000)));
}

/** A wall-clock time in the language's own clock: "19:00" in German, "7:00 PM" where 12-hour. */
export function formatClock(locale: Locale, hour: number, minute: number): string {
  return formatter(locale, { hour: "2-digit", minute: "2-digit" }).format(
    new Date(Date.UTC(2026, 0, 4, hour, minute)),
  );
}

/** True when the language writes times on a 12-hour clock with AM and PM. */
export function usesTwelveHourClock(locale: Locale): boolean {
  const cycle = formatter(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12";
}
