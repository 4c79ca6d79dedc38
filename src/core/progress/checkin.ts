import { ZONE_IDS, type ZoneId } from "../model/zones.ts";

/** The five things a person rates in a check-in, in the order the form asks them. */
export const MEASURES = ["puffiness", "radiance", "firmness", "tension", "breakouts"] as const;

/** One of {@link MEASURES}. */
export type Measure = (typeof MEASURES)[number];

/** A rating from 1 to 5; what each level means is in {@link LEVEL_WORDS}. */
export type Level = 1 | 2 | 3 | 4 | 5;

/** Display names for the measures. */
export const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
  puffiness: "Puffiness",
  radiance: "Radiance",
  firmness: "Firmness",
  tension: "Tension",
  breakouts: "Breakouts",
};

/**
 * Words for each level, index 0 = level 1. They describe what the person sees or feels, with no
 * judgement of good or bad, because the ratings are impressions, not measurements.
 */
export const LEVEL_WORDS: Readonly<
  Record<Measure, readonly [string, string, string, string, string]>
> = {
  puffiness: ["None", "A little", "Some", "Noticeable", "Very puffy"],
  radiance: ["Dull", "A bit dull", "Even", "Fresh", "Glowing"],
  firmness: ["Slack", "A bit slack", "Usual", "Springy", "Very springy"],
  tension: ["Relaxed", "Mostly relaxed", "Some tension", "Tight", "Very tight"],
  breakouts: ["None", "One or two spots", "A few spots", "Several spots", "Many spots"],
};

/** The skin reactions a person can report, each tied to a zone. */
export const REACTION_KINDS = ["redness", "irritation", "new-breakout"] as const;

/** One of {@link REACTION_KINDS}. */
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** Display names for the reaction kinds. */
export const REACTION_NAMES: Readonly<Record<ReactionKind, string>> = {
  redness: "Redness",
  irritation: "Irritation",
  "new-breakout": "New breakout",
};

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

/** The words for a rating, e.g. `levelWords("puffiness", 2)` → "A little". */
export function levelWords(measure: Measure, level: Level): string {
  return LEVEL_WORDS[measure][level - 1] as string;
}

/** True when `value` is a zone id. */
export function isZoneId(value: unknown): value is ZoneId {
  return typeof value === "string" && (ZONE_IDS as readonly string[]).includes(value);
}
