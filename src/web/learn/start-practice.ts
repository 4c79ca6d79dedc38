import { TECHNIQUES, type TechniqueId, ZONES, type ZoneId } from "../../core/index.ts";
import { practicePlan } from "../../core/planner/practice.ts";
import { startSession } from "../player/handoff.ts";

/**
 * Hands a one-minute practice to the player (slot "practice") and opens it: of a technique on
 * its usual zones, or, from a zone page, of the zone's usual technique on that zone alone.
 */
export async function startPractice(technique: TechniqueId, zone?: ZoneId): Promise<void> {
  const name = TECHNIQUES[technique].name;
  await startSession(practicePlan(technique, zone), {
    slot: "practice",
    title: zone ? `Practice: ${name}, ${ZONES[zone].name.toLowerCase()}` : `Practice: ${name}`,
    minutes: 1,
    goals: [],
    adjustments: [],
  });
}
