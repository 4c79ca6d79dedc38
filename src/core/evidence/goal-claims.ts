import type { Goal } from "../model/goals.ts";
import { CLAIMS, type Claim, type ClaimId } from "./claims.ts";

/** The claim each goal rests on, so a goal is never shown stronger than its evidence. */
export const GOAL_CLAIMS: Readonly<Record<Goal, ClaimId>> = {
  puffiness: "puffiness",
  glow: "circulation",
  firmness: "collagen",
  tension: "stress",
  absorption: "absorption",
};

/** The claim, with grade and sources, behind a goal. */
export function claimForGoal(goal: Goal): Claim {
  return CLAIMS[GOAL_CLAIMS[goal]];
}
