/** What a person wants from the massage. */
export const GOALS = ["puffiness", "glow", "firmness", "tension", "absorption"] as const;

/** One of {@link GOALS}. */
export type Goal = (typeof GOALS)[number];

/** A goal as a person chooses it. */
export interface GoalInfo {
  readonly id: Goal;
  readonly name: string;
}

/**
 * The goals, keyed by id. Evidence for each is in `evidence/goal-claims.ts`; the zones and
 * movements each one changes in a plan, and why, are in `planner/goal-recipes.ts`.
 */
export const GOAL_INFO: Readonly<Record<Goal, GoalInfo>> = {
  puffiness: {
    id: "puffiness",
    name: "Less puffiness",
  },
  glow: {
    id: "glow",
    name: "Glow",
  },
  firmness: {
    id: "firmness",
    name: "Firmness",
  },
  tension: {
    id: "tension",
    name: "Less tension",
  },
  absorption: {
    // Massage has not been shown to help products absorb (grade D), so it changes nothing.
    id: "absorption",
    name: "Product absorption",
  },
};
