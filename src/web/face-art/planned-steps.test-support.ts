import { CONDITIONS } from "../../core/model/conditions.ts";
import { GOALS } from "../../core/model/goals.ts";
import { SLOTS } from "../../core/model/slots.ts";
import { TECHNIQUE_IDS } from "../../core/model/techniques.ts";
import { ZONE_IDS, ZONES } from "../../core/model/zones.ts";
import { planSession } from "../../core/planner/plan-session.ts";
import type { PlanInput, PlanStep } from "../../core/planner/plan-types.ts";
import { practicePlan } from "../../core/planner/practice.ts";
import { translatorFor } from "../../i18n/node-translator.ts";

const en = translatorFor("en");

const TOOL_SETS = [[], ["roller"], ["gua-sha"], ["roller", "gua-sha"]] as const;
/** Three days running: the planner rotates zones and movements over three days. */
const DAYS = ["2025-03-01", "2025-03-02", "2025-03-03"];

function* inputs(): Generator<PlanInput> {
  const base = { medium: "serum", date: DAYS[0] as string } as const;
  for (const slot of SLOTS) {
    for (const minutes of [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20]) {
      for (const tools of TOOL_SETS) {
        for (const goals of [[], ...GOALS.map((g) => [g]), [...GOALS]]) {
          for (const date of DAYS) yield { ...base, slot, minutes, tools: [...tools], goals, date };
        }
      }
    }
    for (const minutes of [5, 10, 20]) {
      const tools = ["roller", "gua-sha"] as const;
      for (const c of CONDITIONS)
        yield { ...base, slot, minutes, tools: [...tools], conditions: [c] };
      for (const z of ZONE_IDS) yield { ...base, slot, minutes, tools: [...tools], skipZones: [z] };
      yield { ...base, slot, minutes, tools: [...tools], fingersOnly: true };
    }
  }
}

/**
 * One step of every kind the planner can produce: sessions planned over a sweep of slots,
 * lengths, tools, goals, days, conditions and skipped zones, and the one-minute practices of
 * every technique (on its own zones and on each zone that allows it). Keyed by zone, technique,
 * tool and side.
 */
export function plannedSteps(): ReadonlyMap<string, PlanStep> {
  const found = new Map<string, PlanStep>();
  const add = (steps: readonly PlanStep[]) => {
    for (const s of steps) {
      const key = `${s.zone} ${s.technique} ${s.tool} ${s.side}`;
      if (!found.has(key)) found.set(key, s);
    }
  };
  for (const input of inputs()) {
    const result = planSession(input, en);
    if (!result.ok) throw new Error(`the sweep sent a bad input: ${result.error.message}`);
    add(result.plan.steps);
  }
  for (const t of TECHNIQUE_IDS) {
    add(practicePlan(t, en).steps);
    for (const z of ZONE_IDS)
      if (ZONES[z].techniques.includes(t)) add(practicePlan(t, en, z).steps);
  }
  return found;
}
