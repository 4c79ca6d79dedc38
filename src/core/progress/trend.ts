import { formatNumber } from "../i18n/format-number.ts";
import type { Translate } from "../i18n/translate.ts";
import { diffDays, type LocalDate } from "../time/local-date.ts";
import { levelWords, type Measure, type Score } from "./checkin.ts";

/** One rating of one measure on a practice day, as a score (5 = better). */
export interface DatedScore {
  readonly date: LocalDate;
  readonly score: Score;
}

/** The slot of a session on a practice day, to say what kind of sessions a period held. */
export interface DatedSlot {
  readonly date: LocalDate;
  readonly slot: "am" | "pm" | "weekly" | "practice";
}

/**
 * A trend of one measure in plain words; `from`/`to` are the mean score of the first and last
 * week, so "rose" always means towards the better end, whichever the measure.
 */
export interface Trend {
  readonly measure: Measure;
  readonly direction: "too-few" | "rose" | "fell" | "steady";
  readonly from?: number;
  readonly to?: number;
  readonly weeks?: number;
  readonly text: string;
}

/** A change smaller than this (on the 1–5 score) is described as staying about the same. */
export const STEADY_WITHIN = 0.3;
const MIN_SPAN_DAYS = 14;
const MIN_PER_WEEK = 2;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function oneDecimal(n: number, t: Translate): string {
  const options = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return formatNumber(t.locale, Math.round(n * 10) / 10, options);
}

/**
 * What kind of sessions a period held, for the trend's words: mostly evening ones, mostly
 * morning ones, a mix (`some`), or none recorded.
 */
export function sessionKind(
  slots: readonly DatedSlot[],
  from: LocalDate,
  to: LocalDate,
): "pm" | "am" | "some" | "none" {
  const inside = slots.filter((s) => s.date >= from && s.date <= to);
  if (inside.length === 0) return "none";
  const share = (slot: DatedSlot["slot"]) =>
    inside.filter((s) => s.slot === slot).length / inside.length;
  if (share("pm") >= 2 / 3) return "pm";
  if (share("am") >= 2 / 3) return "am";
  return "some";
}

/**
 * Describes how one measure's ratings moved, in words that report and never explain: it compares
 * the mean of the first seven days of ratings with the mean of the last seven, over at least two
 * weeks with at least two ratings in each of those weeks; otherwise it says there are too few.
 */
export function trendSummary(
  measure: Measure,
  scores: readonly DatedScore[],
  slots: readonly DatedSlot[],
  t: Translate,
): Trend {
  const sorted = [...scores].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0]?.date;
  const last = sorted[sorted.length - 1]?.date;
  const tooFew: Trend = {
    measure,
    direction: "too-few",
    text: t("trend.too-few", { measure: t(`checkin.measure.${measure}.inline`) }),
  };
  if (first === undefined || last === undefined) return tooFew;
  const span = diffDays(first, last) + 1;
  if (span < MIN_SPAN_DAYS) return tooFew;
  const early = sorted.filter((l) => diffDays(first, l.date) < 7).map((l) => l.score);
  const late = sorted.filter((l) => diffDays(l.date, last) < 7).map((l) => l.score);
  if (early.length < MIN_PER_WEEK || late.length < MIN_PER_WEEK) return tooFew;
  const from = Math.round(mean(early) * 10) / 10;
  const to = Math.round(mean(late) * 10) / 10;
  const weeks = Math.round(span / 7);
  const words = {
    measure: t(`checkin.measure.${measure}.name`),
    from: oneDecimal(from, t),
    to: oneDecimal(to, t),
    weeks,
    sessions: sessionKind(slots, first, last),
  };
  if (Math.abs(to - from) < STEADY_WITHIN) {
    return {
      measure,
      direction: "steady",
      from,
      to,
      weeks,
      text: t("trend.steady", words),
    };
  }
  const direction = to > from ? "rose" : "fell";
  // The end of the scale the ratings moved towards, in the scale's own words ("Not puffy",
  // "Dull"): it says which way "rose" runs without judging the change or suggesting a cause.
  const end = levelWords(measure, (direction === "rose" ? 5 : 1) as Score, t);
  return {
    measure,
    direction,
    from,
    to,
    weeks,
    text: t("trend.moved", { ...words, direction, end }),
  };
}
