import type { Translate } from "../i18n/translate.ts";
import { ZONE_IDS, type ZoneId } from "../model/zones.ts";

/** The five things a person rates in a check-in, in the order the form asks them. */
export const MEASURES = ["puffiness", "radiance", "firmness", "tension", "breakouts"] as const;

/** One of {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];

/**
 * A rating as it is stored in a check-in body: how much of the measure there was, 1 = least,
 * 5 = most. For puffiness, tension and breakouts 1 is "none"; for radiance and firmness 1 is
 * "dull" and "slack". This meaning is the stored format (records synced and exported since the
 * first version hold it) and is never changed; people see a {@link Score} instead.
 */
export type Level = 1 | 2 | 3 | 4 | 5;

/** The stored levels, lowest first. */
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

/**
 * A rating as a person sees and gives it: every scale runs 1 = worse to 5 = better, so the five
 * scales of the form, the charts and the history all read the same way. Branded so a stored
 * {@link Level} cannot be shown, or a score stored, without passing through {@link scoreOf} or
 * {@link levelOf}.
 */
export type Score = Level & { readonly scale: "better" };

/** The scores, worse first. */
export const SCORES = LEVELS as readonly Score[];

/**
 * The measures whose stored level counts something a person wants less of, so their score runs
 * the other way. Why a display mapping and not a new stored format: the stored meaning stays
 * what every synced record, every export and every app still installed on another device
 * already read, so no record needs a version mark, a migration or a guess about its age, and an
 * older app editing a record written by this one cannot flip its meaning.
 */
const LESS_IS_BETTER: ReadonlySet<Measure> = new Set(["puffiness", "tension", "breakouts"]);

/** The score a person sees for a stored level: `6 - level` where less of a measure is better. */
export function scoreOf(measure: Measure, level: Level): Score {
  return (LESS_IS_BETTER.has(measure) ? 6 - level : level) as Score;
}

/** The level to store for a score a person gave: the inverse of {@link scoreOf}. */
export function levelOf(measure: Measure, score: Score): Level {
  return (LESS_IS_BETTER.has(measure) ? 6 - score : score) as Level;
}

/** Ratings as a person gives and reads them: a score per rated measure. */
export type Scores = Partial<Record<Measure, Score>>;

/** A check-in's stored levels as scores, for a form or a list. */
export function scoresOf(ratings: CheckinBody["ratings"]): Scores {
  const out: Scores = {};
  for (const m of MEASURES) {
    const level = ratings[m];
    if (level !== undefined) out[m] = scoreOf(m, level);
  }
  return out;
}

/** Scores as the levels a check-in stores: the inverse of {@link scoresOf}. */
export function levelsOf(scores: Scores): Partial<Record<Measure, Level>> {
  const out: Partial<Record<Measure, Level>> = {};
  for (const m of MEASURES) {
    const score = scores[m];
    if (score !== undefined) out[m] = levelOf(m, score);
  }
  return out;
}

/** True when `n` is a whole number from 1 to 5, as a score. */
export function isScore(n: unknown): n is Score {
  return typeof n === "number" && (LEVELS as readonly number[]).includes(n);
}

/** The skin reactions a person can report, each tied to a zone. */
export const REACTION_KINDS = ["redness", "irritation", "new-breakout"] as const;

/** One of {@link REACTION_KINDS}. */
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** A reaction and where on the face it showed. */
export interface Reaction {
  readonly kind: ReactionKind;
  readonly zone: ZoneId;
}

/**
 * The body of a `checkin` record: how the skin looks and feels, at one moment. Ratings are all
 * optional (a person may rate only what they noticed); `sessionId` ties it to the session it
 * followed, when it was made from the player's finish screen.
 */
export interface CheckinBody {
  /** ISO 8601 instant (UTC) of the check-in. */
  readonly at: string;
  /** The person's IANA time zone then, so the day is the day they lived. */
  readonly timeZone: string;
  readonly sessionId?: string;
  /** Stored levels (how much of each measure; see {@link Level}), shown through {@link scoreOf}. */
  readonly ratings: Readonly<Partial<Record<Measure, Level>>>;
  readonly reactions: readonly Reaction[];
  readonly note: string;
}

/** The longest note kept; longer text is refused rather than cut, so nothing is lost silently. */
export const NOTE_MAX = 2000;

/**
 * The words for a score, e.g. `levelWords("puffiness", scoreOf("puffiness", 2), t)` → "A little
 * puffy". The catalog's `checkin.level.<measure>.<score>` runs worse to better like the score.
 * The words describe what the person sees or feels, because the ratings are impressions, not
 * measurements. A measure's name is `checkin.measure.<m>.name` and a reaction's
 * `checkin.reaction.<kind>.name`.
 */
export function levelWords(measure: Measure, score: Score, t: Translate): string {
  return t(`checkin.level.${measure}.${score as Level}`);
}

/** True when `value` is a zone id. */
export function isZoneId(value: unknown): value is ZoneId {
  return typeof value === "string" && (ZONE_IDS as readonly string[]).includes(value);
}
