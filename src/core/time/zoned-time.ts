import type { LocalDate } from "./local-date.ts";

/** The wall-clock reading of an instant in one time zone. */
export interface WallClock {
  readonly date: LocalDate;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build, so one per time zone is kept. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows `timeZone` as an IANA zone name (e.g. `Europe/Berlin`). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string" || timeZone === "") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local date, hour and minute of `epochMs` in `timeZone`. The zone's rules (daylight-saving
 * changes included) come from the runtime's `Intl`; `timeZone` must pass {@link isTimeZone}.
 */
export function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(epochMs);
  let year = "";
  let month = "";
  let day = "";
  let hour = 0;
  let minute = 0;
  for (const part of parts) {
    if (part.type === "year") year = part.value.padStart(4, "0");
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
    else if (part.type === "hour") hour = Number(part.value);
    else if (part.type === "minute") minute = Number(part.value);
  }
  return { date: `${year}-${month}-${day}` as LocalDate, hour, minute };
}

/** The local calendar date of `epochMs` in `timeZone`. */
export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  return wallClock(epochMs, timeZone).date;
}
