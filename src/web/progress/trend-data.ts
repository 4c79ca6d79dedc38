import { type Measure, scoreOf } from "../../core/progress/checkin.ts";
import type { DatedScore, DatedSlot } from "../../core/progress/trend.ts";
import { dayNumber, type LocalDate } from "../../core/time/local-date.ts";
import type { ProgressData } from "./progress-data.ts";

/** The series one measure's chart draws: x in seconds (uPlot's unit), one point per day. */
export interface ChartSeries {
  readonly x: number[];
  readonly rating: (number | null)[];
  readonly minutes: (number | null)[];
}

/**
 * Ratings of one measure as scores (5 = better), dated by practice day: the stored level is
 * turned into the score here, once, so the charts and trend words all read the same way.
 */
export function datedScores(data: ProgressData, measure: Measure): DatedScore[] {
  const out: DatedScore[] = [];
  for (const [i, c] of data.checkins.entries()) {
    const level = c.body.ratings[measure];
    const date = data.checkinDays[i];
    if (level !== undefined && date !== undefined)
      out.push({ date, score: scoreOf(measure, level) });
  }
  return out;
}

/** Session slots by practice day, for the words of a trend. */
export function datedSlots(data: ProgressData): DatedSlot[] {
  const out: DatedSlot[] = [];
  for (const [i, s] of data.sessions.entries()) {
    const date = data.sessionDays[i];
    if (date !== undefined) out.push({ date, slot: s.body.slot });
  }
  return out;
}

/**
 * One chart's data: every day from the first rating to today, with the day's mean score (null
 * when not rated, so the line bridges gaps) and its session minutes (null for none, no bar).
 */
export function chartSeries(scores: readonly DatedScore[], data: ProgressData): ChartSeries {
  const sum = new Map<number, { total: number; n: number }>();
  for (const l of scores) {
    const n = dayNumber(l.date);
    const prev = sum.get(n) ?? { total: 0, n: 0 };
    sum.set(n, { total: prev.total + l.score, n: prev.n + 1 });
  }
  const minutes = new Map<number, number>();
  for (const d of data.consistency?.days ?? []) minutes.set(dayNumber(d.date), d.seconds / 60);
  const first = Math.min(...sum.keys());
  const last = dayNumber(data.today as LocalDate);
  const series: ChartSeries = { x: [], rating: [], minutes: [] };
  for (let d = first; d <= last; d++) {
    const s = sum.get(d);
    series.x.push(d * 86_400);
    series.rating.push(s ? Math.round((s.total / s.n) * 10) / 10 : null);
    const m = minutes.get(d);
    series.minutes.push(m ? Math.round(m) : null);
  }
  return series;
}
