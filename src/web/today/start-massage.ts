import type { Medium } from "../../core/model/media.ts";
import type { Slot } from "../../core/model/slots.ts";
import type { Plan } from "../../core/planner/plan-types.ts";
import { t } from "../i18n/language.ts";
import { startSession } from "../player/handoff.ts";

/**
 * Hands a slot's plan to the player (its one entry point) and opens /session. The routine's slip
 * product is preselected in the player's slip check; the safety screen's adjustments go along as
 * reason codes so the recorded session says what was changed.
 */
export function startMassage(plan: Plan, slot: Slot, medium: Medium | undefined): Promise<void> {
  return startSession(plan, {
    slot,
    title: t("today.session-title", { slot }),
    minutes: plan.minutes,
    goals: [...plan.goals],
    adjustments: plan.reasons.map((r) => r.code),
    ...(medium === undefined || medium === "none" ? {} : { medium }),
  });
}
