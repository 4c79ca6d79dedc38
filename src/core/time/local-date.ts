/**
 * Calendar days as local `yyyy-MM-dd` strings.
 *
 * Why one helper: a streak is about the days a person lived, not about UTC. A session at 23:30
 * in Berlin is on a different UTC day than the wall clock says, and on the days daylight-saving
 * time starts or ends a local day has 23 or 25 hours, so "add 24 hours" lands on the wrong day.
 * So every instant becomes a local date exactly once, here, through `Intl` in the person's IANA
 * time zone; after that all arithmetic is on the date itself (year, month, day), done in UTC
 * where every day has 24 hours and no clock ever jumps.
 */

/** A calendar day `yyyy-MM-dd`, valid in the Gregorian calendar. */
export type LocalDate = string & { readonly __brand: "LocalDate" };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Reads a `yyyy-MM-dd` string into a LocalDate, or `undefined` when it is not a real day. */
export function parseLocalDate(text: unknown): LocalDate | undefined {
  if (typeof text !== "string") return undefined;
  const match = DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return text as LocalDate;
}

/** True when `text` is a real `yyyy-MM-dd` day. */
export function isLocalDate(text: unknown): text is LocalDate {
  return parseLocalDate(text) !== undefined;
}

/** Days since 1970-01-01 for a local date; the basis of all day arithmetic. */
export function dayNumber(date: LocalDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The local date for a day number (see {@link dayNumber}). */
export function fromDayNumber(days: number): LocalDate {
  const probe = new Date(days * MS_PER_DAY);
  const year = String(probe.getUTCFullYear()).padStart(4, "0");
  const month = String(probe.getUTCMonth() + 1).padStart(2, "0");
  const day = String(probe.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}` as LocalDate;
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function diffDays(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}
