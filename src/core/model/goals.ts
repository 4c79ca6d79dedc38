/** What a person wants from the massage. */
export const GOALS = ["puffiness", "glow", "firmness", "tension", "absorption"] as const;

/**
 * One of {@link GOALS}; its name is the message `goal.<id>.name`. Evidence for each is in
 * `evidence/goal-claims.ts`; the zones and movements each one changes in a plan, and why, are in
 * `planner/goal-recipes.ts`. Massage has not been shown to help products absorb (grade D), so
 * `absorption` changes nothing.
 */
export type Goal = (typeof GOALS)[number];
