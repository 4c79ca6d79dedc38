import type { ZoneId } from "./zones.ts";

/** What a person wants from the massage. */
export const GOALS = ["puffiness", "glow", "firmness", "tension", "absorption"] as const;

/** One of {@link GOALS}. */
export type Goal = (typeof GOALS)[number];

/** A goal and the zones whose time it raises in a plan. */
export interface GoalInfo {
  readonly id: Goal;
  readonly name: string;
  /** Zones that get more time when this goal is chosen; empty when massage does not serve it. */
  readonly zones: readonly ZoneId[];
}

/** The goals, keyed by id. Evidence for each is in `evidence/goal-claims.ts`. */
export const GOAL_INFO: Readonly<Record<Goal, GoalInfo>> = {
  puffiness: {
    id: "puffiness",
    name: "Less puffiness",
    zones: ["collarbone", "neck-sides", "jaw-angle", "nose-sides", "cheeks", "under-eyes"],
  },
  glow: {
    id: "glow",
    name: "Glow",
    zones: ["cheeks", "under-cheekbone", "forehead", "chin-jawline"],
  },
  firmness: {
    id: "firmness",
    name: "Firmness",
    zones: ["chin-jawline", "cheeks", "under-cheekbone", "forehead"],
  },
  tension: {
    id: "tension",
    name: "Less tension",
    zones: ["masseter", "temples", "brows", "forehead", "shoulders"],
  },
  absorption: {
    // Massage has not been shown to help products absorb (grade D), so it shifts no time.
    id: "absorption",
    name: "Product absorption",
    zones: [],
  },
};
