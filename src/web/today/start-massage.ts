import type { Medium } from "../../core/model/media.ts";
import type { Slot } from "../../core/model/slots.ts";
import type { Plan } from "../../core/planner/plan-types.ts";
import type { Records } from "../local/records.ts";
import { navigate } from "../router.ts";

/** The meta key the player reads a plan from when /session opens (agreed with the player). */
export const PENDING_PLAN_KEY = "player:pending";

/** What Today hands to the player. */
export interface PendingPlan {
  readonly plan: Plan;
  readonly slot: Slot;
  /** The routine's slip product, when it has one, so the player can name it in its check. */
  readonly medium?: Medium;
  readonly createdAt: string;
}

/** Hands the plan to the player and opens it. */
export async function startMassage(
  records: Records,
  pending: Omit<PendingPlan, "createdAt">,
): Promise<void> {
  await records.setMeta(PENDING_PLAN_KEY, { ...pending, createdAt: new Date().toISOString() });
  navigate("/session");
}
