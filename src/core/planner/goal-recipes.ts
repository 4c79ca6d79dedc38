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

/** What a goal changes in a plan, and why. */
export interface GoalRecipe {
  /** Why these zones and movements carry the goal, at the strength of the evidence. */
  readonly why: string;
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
    why: "Lymph from the face drains to the nodes in front of the ear and under the jaw, then down the neck (section 2), so the plan opens the path at the collarbone, clears the node in front of the ear before the face and again after it (the signature), and spends its face time on feather-light skin-stretch work where puffiness shows: under the eyes with the ring fingers, beside the nose, the cheeks. No firm muscle work: heavy pressure can close lymph vessels. Grade C: drainage helped swelling after jaw surgery in some trials; everyday morning puffiness is unstudied.",
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
    why: "Skin blood flow rises for some minutes after massage (grade B: a roller on the cheek, gua sha on the back), so glow works the broad areas of skin: small circles over the cheeks (the signature) and tapping on the forehead (strokes one day in three), with more time beside the nose and along the jawline, and the roller on the cheeks where the study used it.",
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
    why: "The one trial that measured firmness and contour used a roller or gua sha along the jaw and cheeks for eight weeks, with no untreated group (grade B/C), so firmness works the contour: strokes along the jawline, held points under the cheekbones (the signature), a gua sha stone along the jaw and the roller over the cheeks when owned.",
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
    why: "Clenching and frowning hold tension in the jaw muscle, the temples and the brows; slow firm kneading and held points work those muscles (sections 3 and 4). So tension kneads the jaw muscle (the signature), holds points at the temples (circles one day in three) and works the brows, and on the weekly session the shoulders. Grade B for feeling calmer, from small studies of massage given by someone else.",
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
    why: "Massage has not been shown to help products soak in (grade D: no gain in one trial, less penetration in lab skin), so this goal changes nothing in the plan and the plan says so.",
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
