import type { Translate } from "../i18n/translate.ts";
import { ZONE_IDS, type ZoneId } from "../model/zones.ts";

/** The five things a person rates in a check-in, in the order the form asks them. */
export const MEASURES = ["puffiness", "radiance", "firmness", "tension", "breakouts"] as const;

/** One of {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];

/** A rating from 1 to 5; what each level means is in {@link levelWords}. */
export type Level = 1 | 2 | 3 | 4 | 5;

/** The ratings, lowest first. */
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

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
  readonly ratings: Readonly<Partial<Record<Measure, Level>>>;
  readonly reactions: readonly Reaction[];
  readonly note: string;
}

/** The longest note kept; longer text is refused rather than cut, so nothing is lost silently. */
export const NOTE_MAX = 2000;

/**
 * The words for a rating, e.g. `levelWords("puffiness", 2, t)` → "A little". They describe what
 * the person sees or feels, with no judgement of good or bad, because the ratings are
 * impressions, not measurements. A measure's name is `checkin.measure.<m>.name` and a
 * reaction's `checkin.reaction.<kind>.name`.
 */
export function levelWords(measure: Measure, level: Level, t: Translate): string {
  return t(`checkin.level.${measure}.${level}`);
}

/** True when `value` is a zone id. */
export function isZoneId(value: unknown): value is ZoneId {
  return typeof value === "string" && (ZONE_IDS as readonly string[]).includes(value);
}
