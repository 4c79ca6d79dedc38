import { formatDay } from "../i18n/format-date.ts";
import type { Translate } from "../i18n/translate.ts";
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

/** "Monday 3 November", in the translator's language ("Montag, 3. November"). */
export function dayInWords(date: LocalDate, t: Translate): string {
  return formatDay(t.locale, date, "weekday");
}

function label(date: LocalDate, day: Omit<HeatDay, "date" | "label">, t: Translate): string {
  const words = dayInWords(date, t);
  if (day.future) return t("heat.day.future", { day: words });
  const halves = day.am && day.pm ? "both" : day.am ? "am" : day.pm ? "pm" : "none";
  return day.minutes > 0
    ? t("heat.day.minutes", { day: words, halves, minutes: day.minutes })
    : t("heat.day", { day: words, halves });
}

/**
 * The last `weeks` calendar weeks ending with the week that holds `today`, Monday first, each
 * day split into a morning and an evening half. Days come from the consistency module, so the
 * 4 a.m. day start and time zones are already applied.
 */
export function heatMap(
  days: readonly DayFacts[],
  today: LocalDate,
  t: Translate,
  weeks = 12,
): HeatMap {
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
      const day = { am, pm, minutes, future };
      column.push({ date, ...day, label: label(date, day, t) });
    }
    columns.push(column);
  }
  return { from, to: addDays(from, weeks * 7 - 1), weeks: columns, amDays, pmDays };
}
