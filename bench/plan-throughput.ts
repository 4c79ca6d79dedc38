import { CONDITIONS } from "../src/core/model/conditions.ts";
import { GOALS } from "../src/core/model/goals.ts";
import { SLOTS } from "../src/core/model/slots.ts";
import { ZONE_IDS } from "../src/core/model/zones.ts";
import { planSession } from "../src/core/planner/plan-session.ts";
import type { PlanInput } from "../src/core/planner/plan-types.ts";
import { translatorFor } from "../src/i18n/node-translator.ts";
import { type Bench, type Figure, median } from "./support/figure.ts";

/** The target: plans per second on one core. */
const TARGET_PER_SECOND = 20_000;
const ROUNDS = 7;
const ROUND_MS = 1000;

/** A fixed spread of realistic inputs: every slot, 1–20 minutes, goals, tools, conditions, skips. */
function inputs(): readonly PlanInput[] {
  const out: PlanInput[] = [];
  const adjusting = CONDITIONS.filter(
    (c) =>
      ![
        "infection",
        "blood-clot",
        "heart-failure",
        "unexplained-swelling",
        "cancer-treatment",
        "fever",
        "migraine-now",
        "head-neck-lymphedema",
        "throat-swelling",
      ].includes(c),
  );
  for (let i = 0; i < 240; i++) {
    out.push({
      slot: SLOTS[i % SLOTS.length] ?? "am",
      minutes: (i % 20) + 1,
      goals: GOALS.filter((_, g) => (i >> g) & 1),
      tools: i % 3 === 0 ? [] : i % 3 === 1 ? ["roller"] : ["roller", "gua-sha"],
      skipZones: i % 5 === 0 ? [ZONE_IDS[i % ZONE_IDS.length] ?? "cheeks"] : [],
      conditions: i % 4 === 0 ? [adjusting[i % adjusting.length] ?? "rosacea"] : [],
      injectables: i % 7 === 0 ? [{ kind: "botox", zone: "forehead", date: "2026-05-10" }] : [],
      ...(i % 6 === 0 ? { age: 65 } : {}),
      medium: "serum",
      date: `2026-05-${String((i % 28) + 1).padStart(2, "0")}`,
    });
  }
  return out;
}

/** CPU seconds (user + system) this process has used since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/** English: the planner's cost with the translator the CLI and the server use. */
const en = translatorFor("en");

/**
 * Plans per CPU second, cycling through the inputs for about `ms` of CPU time. CPU time rather
 * than wall time, so a busy machine does not count other processes' work against the planner:
 * planning is synchronous on one thread, so this is the rate of one core.
 */
function round(all: readonly PlanInput[], ms: number): number {
  const start = process.cpuUsage();
  let count = 0;
  let steps = 0;
  while (cpuSince(start) * 1000 < ms) {
    for (let i = 0; i < 100; i++) {
      const result = planSession(all[(count + i) % all.length] as PlanInput, en);
      if (result.ok) steps += result.plan.steps.length;
    }
    count += 100;
  }
  if (steps === 0) throw new Error("the planner produced no steps");
  return count / cpuSince(start);
}

/** Session planning throughput on one core, against the 20,000 plans/s target. */
export const planThroughputBench: Bench = {
  name: "plan-throughput",
  async run(): Promise<Figure[]> {
    const all = inputs();
    round(all, ROUND_MS);
    const rates = Array.from({ length: ROUNDS }, () => round(all, ROUND_MS));
    return [
      {
        name: "plans per CPU second, one core (median of 7)",
        value: median(rates),
        unit: "plans/s",
        baseline: { name: "target", value: TARGET_PER_SECOND },
        note: "planSession (validation, screen, plan, cues) over 240 mixed inputs; measured in CPU time; ratio >= 1.00x meets the target",
      },
    ];
  },
};
