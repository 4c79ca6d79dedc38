import { DAY_NAMES, MONTH_NAMES } from "../time/day-words.ts";
import { addDays, type LocalDate, weekday } from "../time/local-date.ts";

/** What one practice day held, as the consistency module reports it. */
export interface DayFacts {
  readonly date: LocalDate;
  readonly am: boolean;
  readonly pm: boolean;
  readonly seconds: number;
}

/** One cell of the heat map: a day with a morning and an evening half. */
export interface HeatDay {
  readonly date: LocalDate;
  readonly am: boolean;
  readonly pm: boolean;
  readonly minutes: number;
  /** A day after today: drawn empty and never counted as missed. */
  readonly future: boolean;
  /** The day in words, for screen readers. */
  readonly label: string;
}

/** The heat map: columns of weeks (Monday first), oldest first. */
export interface HeatMap {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly weeks: readonly (readonly HeatDay[])[];
  /** Days in the grid up to today with a morning / an evening session. */
  readonly amDays: number;
  readonly pmDays: number;
}

/** "Monday 3 November". */
export function dayInWords(date: LocalDate): string {
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1] as string;
  return `${DAY_NAMES[weekday(date)]} ${Number(date.slice(8, 10))} ${month}`;
}

function label(
  date: LocalDate,
  am: boolean,
  pm: boolean,
  minutes: number,
  future: boolean,
): string {
  if (future) return `${dayInWords(date)}: still to come`;
  const halves =
    am && pm ? "morning and evening" : am ? "morning only" : pm ? "evening only" : "no session";
  return minutes > 0
    ? `${dayInWords(date)}: ${halves}, ${minutes} min`
    : `${dayInWords(date)}: ${halves}`;
}

/**
 * The last `weeks` calendar weeks ending with the week that holds `today`, Monday first, each
 * day split into a morning and an evening half. Days come from the consistency module, so the
 * 4 a.m. day start and time zones are already applied.
 */
export function heatMap(days: readonly DayFacts[], today: LocalDate, weeks = 12): HeatMap {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const mondayOffset = (weekday(today) + 6) % 7;
  const from = addDays(today, -mondayOffset - 7 * (weeks - 1));
  const columns: HeatDay[][] = [];
  let amDays = 0;
  let pmDays = 0;
  for (let w = 0; w < weeks; w++) {
    const column: HeatDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(from, w * 7 + d);
      const future = date > today;
      const facts = future ? undefined : byDate.get(date);
      const am = facts?.am ?? false;
      const pm = facts?.pm ?? false;
      const minutes = Math.round((facts?.seconds ?? 0) / 60);
      if (am) amDays++;
      if (pm) pmDays++;
      column.push({ date, am, pm, minutes, future, label: label(date, am, pm, minutes, future) });
    }
    columns.push(column);
  }
  return { from, to: addDays(from, weeks * 7 - 1), weeks: columns, amDays, pmDays };
}
