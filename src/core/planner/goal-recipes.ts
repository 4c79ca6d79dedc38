import type { Translate } from "../i18n/translate.ts";
import type { Goal } from "../model/goals.ts";
import type { TechniqueId } from "../model/techniques.ts";
import type { ZoneId } from "../model/zones.ts";

/** The tools a plan may place; fingers need no placing. */
export type PlacedTool = "roller" | "gua-sha";

/**
 * A zone worked one way. `techniques` are in preference order: the first the person may do and
 * the time allows is used. Without `techniques` the zone's everyday movement is used, which
 * changes from day to day (see `moves.ts`). `close` marks a move made after the face, on the way
 * back down (drainage order only).
 */
export interface Move {
  readonly zone: ZoneId;
  readonly techniques?: readonly TechniqueId[];
  readonly close?: boolean;
  /** Kept in the plan at every length, not only from five minutes up. */
  readonly always?: boolean;
  /** The first two techniques take turns: the second leads on one day of the rotation. */
  readonly alternates?: boolean;
}

/** What a goal changes in a plan (why it does so is {@link goalWhy}). */
export interface GoalRecipe {
  /** True when the goal needs the drainage order, even in the morning. */
  readonly drains: boolean;
  /**
   * Movements the goal cannot do without: always planned from five minutes up, whatever other
   * goals share the plan; given first claim on time below that.
   */
  readonly key: readonly Move[];
  /**
   * The movement only this goal's plans make (see {@link GOAL_RECIPES}); absent for a goal that
   * changes nothing.
   */
  readonly signature?: Move;
  /** Zones that get more of the session's time. */
  readonly support: readonly ZoneId[];
  /**
   * Where an owned tool serves the goal best, best first, three places (or none): the days of
   * the rotation each lead with another.
   */
  readonly tools: Readonly<Record<PlacedTool, readonly ZoneId[]>>;
}

/**
 * Each goal's zones and movements (domain notes, sections 2, 3, 4, 6). Each goal that changes the
 * plan has a signature movement that no other goal's plan makes; a plan with no goal makes either
 * none of them or several at once (see `rotation.ts`), so two different goals, or a goal and none,
 * never give the same session. Evidence grades are section 6's.
 */
export const GOAL_RECIPES: Readonly<Record<Goal, GoalRecipe>> = {
  puffiness: {
    drains: true,
    key: [
      { zone: "under-eyes", always: true },
      { zone: "jaw-angle", close: true },
    ],
    signature: { zone: "jaw-angle", techniques: ["stationary-circles"], close: true },
    support: ["neck-sides", "nose-sides", "cheeks", "under-eyes"],
    tools: {
      roller: ["under-eyes", "cheeks", "neck-sides"],
      "gua-sha": ["cheeks", "forehead", "chin-jawline"],
    },
  },
  glow: {
    drains: false,
    key: [
      { zone: "cheeks", techniques: ["small-circles", "strokes"] },
      { zone: "forehead", techniques: ["tap", "strokes"], alternates: true },
    ],
    signature: { zone: "cheeks", techniques: ["small-circles"] },
    support: ["cheeks", "forehead", "nose-sides", "chin-jawline"],
    tools: {
      roller: ["cheeks", "forehead", "under-eyes"],
      "gua-sha": ["cheeks", "forehead", "chin-jawline"],
    },
  },
  firmness: {
    drains: false,
    key: [
      { zone: "chin-jawline", techniques: ["strokes"] },
      { zone: "under-cheekbone", techniques: ["pressure-points", "strokes"] },
    ],
    signature: { zone: "under-cheekbone", techniques: ["pressure-points"] },
    support: ["chin-jawline", "under-cheekbone", "cheeks", "mouth"],
    tools: {
      roller: ["cheeks", "forehead", "neck-sides"],
      "gua-sha": ["chin-jawline", "cheeks", "forehead"],
    },
  },
  tension: {
    drains: false,
    key: [
      { zone: "masseter", techniques: ["kneading", "small-circles"] },
      { zone: "temples", techniques: ["pressure-points", "small-circles"], alternates: true },
    ],
    signature: { zone: "masseter", techniques: ["kneading"] },
    support: ["masseter", "temples", "brows", "forehead", "shoulders"],
    tools: {
      roller: ["forehead", "neck-sides", "cheeks"],
      "gua-sha": ["forehead", "chin-jawline", "cheeks"],
    },
  },
  absorption: {
    drains: false,
    key: [],
    support: [],
    tools: { roller: [], "gua-sha": [] },
  },
};

/** Where an owned tool goes in a plan with no goal that places it; the days rotate the list. */
export const PLAIN_TOOL_ZONES: Readonly<Record<PlacedTool, readonly ZoneId[]>> = {
  roller: ["cheeks", "forehead", "neck-sides"],
  "gua-sha": ["cheeks", "chin-jawline", "forehead"],
};

/**
 * Why a goal's zones and movements carry it, at the strength of the evidence (domain notes,
 * section 6), in the translator's language. Its ids are `recipe.…`, not `goal.…`, so these long
 * texts stay out of the catalog group the player loads first.
 */
export function goalWhy(goal: Goal, t: Translate): string {
  return t(`recipe.${goal}.why`);
}
