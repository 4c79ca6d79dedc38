import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { CONDITIONS, type Condition } from "../model/conditions.ts";
import { GOALS } from "../model/goals.ts";
import { MEDIA } from "../model/media.ts";
import { SLOTS } from "../model/slots.ts";
import { TECHNIQUES } from "../model/techniques.ts";
import { TOOL_IDS } from "../model/tools.ts";
import { ZONE_IDS, ZONES } from "../model/zones.ts";
import { addDays, dayNumber, fromDayNumber, type LocalDate } from "../time/local-date.ts";
import { PLAN_FIELDS } from "./parse-plan-input.ts";
import {
  ADJUSTING,
  cueProblems,
  drainageProblems,
  expectedExclusions,
  goalAndToolProblems,
  LONGEST,
  STOPS,
  timingProblems,
} from "./plan-checks.test-support.ts";
import { planSession } from "./plan-session.ts";
import type { Plan, PlanInput } from "./plan-types.ts";

const en = translatorFor("en");

const RUNS = 2000;
const TIMEOUT_MS = 120_000;
const dateArb = fc
  .integer({ min: dayNumber("2020-01-01" as LocalDate), max: dayNumber("2030-12-31" as LocalDate) })
  .map(fromDayNumber);

const inputArb: fc.Arbitrary<PlanInput> = dateArb.chain((date) =>
  fc.record({
    slot: fc.constantFrom(...SLOTS),
    minutes: fc.integer({ min: 1, max: 20 }),
    goals: fc.subarray([...GOALS]),
    tools: fc.subarray([...TOOL_IDS]),
    fingersOnly: fc.boolean(),
    skipZones: fc.oneof(fc.constant([]), fc.subarray([...ZONE_IDS])),
    conditions: fc.oneof(
      { weight: 9, arbitrary: fc.subarray([...ADJUSTING]) },
      { weight: 1, arbitrary: fc.subarray([...CONDITIONS]) },
    ),
    injectables: fc.array(
      fc.record({
        kind: fc.constantFrom("botox" as const, "filler" as const),
        zone: fc.constantFrom(...ZONE_IDS),
        date: fc.integer({ min: 0, max: 30 }).map((n) => addDays(date, -n)),
      }),
      { maxLength: 3 },
    ),
    age: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
    medium: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...MEDIA.filter((m) => m !== "none")) },
      { weight: 1, arbitrary: fc.constant("none" as const) },
    ),
    date: fc.constant(date),
  }),
);

const run = (input: PlanInput): Plan => {
  const result = planSession(input, en);
  if (!result.ok) throw new Error(`valid input refused: ${result.error.message}`);
  return result.plan;
};

const isStopped = (input: PlanInput): boolean =>
  input.medium === "none" || (input.conditions ?? []).some((c) => STOPS.includes(c));
const drains = (input: PlanInput): boolean =>
  input.slot !== "am" || (input.goals ?? []).includes("puffiness");
const has = (input: PlanInput, c: Condition): boolean => (input.conditions ?? []).includes(c);

describe("planSession properties", () => {
  it(
    "valid input always gives a plan that keeps every rule: safety, timing, tools, goals, order",
    () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          const plan = run(input);
          const excluded = expectedExclusions(input);
          if (isStopped(input)) {
            expect(plan.verdict).toBe("stop");
            expect(plan.steps).toEqual([]);
            expect(plan.totalSeconds).toBe(0);
            return;
          }
          if (plan.verdict === "stop") {
            expect(plan.reasons.map((r) => r.code)).toContain("nothing-to-plan");
            expect(plan.steps).toEqual([]);
            return;
          }
          const sum = plan.steps.reduce((total, s) => total + s.seconds, 0);
          expect(plan.totalSeconds).toBe(sum);
          if (plan.notes.some((n) => n.code === "shortened")) {
            expect(sum).toBeLessThan(input.minutes * 60);
            for (const s of plan.steps)
              if (s.tool === "fingers") expect(s.seconds).toBe(LONGEST[s.technique] ?? 90);
          } else expect(sum).toBe(input.minutes * 60);
          const owned = new Set(
            input.fingersOnly ? ["fingers"] : ["fingers", ...(input.tools ?? [])],
          );
          const gentle = has(input, "rosacea") || has(input, "sensitive");
          const fingersOnly = has(input, "rosacea");
          const bleeding = has(input, "blood-thinners") || has(input, "bleeding-disorder");
          plan.steps.forEach((step, i) => {
            const zone = ZONES[step.zone];
            expect(excluded.has(step.zone)).toBe(false);
            expect(timingProblems(step)).toEqual([]);
            expect(zone.techniques).toContain(step.technique);
            expect(zone.tools).toContain(step.tool);
            expect(step.tool).toBe(TECHNIQUES[step.technique].tool);
            expect(owned.has(step.tool)).toBe(true);
            expect(step.pressure).toBeLessThanOrEqual(zone.maxPressure);
            if (step.zone === "under-eyes") {
              expect(step.pressure).toBe(1);
              expect(step.tool).not.toBe("gua-sha");
            }
            if (gentle) {
              expect(step.pressure).toBeLessThanOrEqual(2);
              if (step.zone === "cheeks" || step.zone === "nose-sides")
                expect(step.pressure).toBe(1);
              if (fingersOnly) expect(step.tool).toBe("fingers");
              expect(step.tool).not.toBe("gua-sha");
              if (step.tool === "roller") expect(step.pressure).toBe(1);
              expect(["pinch", "tap"]).not.toContain(step.technique);
            }
            if (bleeding) {
              expect(step.tool).not.toBe("gua-sha");
              expect(step.pressure).toBeLessThanOrEqual(2);
              expect(["kneading", "pinch"]).not.toContain(step.technique);
            }
            if (drains(input) && !TECHNIQUES[step.technique].muscleWork)
              expect(step.pressure).toBe(1);
            if (step.side === "left")
              expect(plan.steps[i + 1]).toMatchObject({ zone: step.zone, side: "right" });
            if (step.side === "right")
              expect(plan.steps[i - 1]).toMatchObject({ zone: step.zone, side: "left" });
            if (step.side === "left" && step.tool !== "fingers")
              expect(plan.steps[i + 1]?.seconds).toBe(step.seconds);
            expect(step.side === "center").toBe(zone.sides === "center");
            expect(cueProblems(step)).toEqual([]);
          });
          expect(goalAndToolProblems(input, plan)).toEqual([]);
          if (input.slot !== "weekly")
            expect(plan.steps.some((s) => s.zone === "shoulders")).toBe(false);
          if (drains(input)) {
            expect(plan.order).toBe("drainage");
            expect(drainageProblems(plan.steps, excluded)).toEqual([]);
          } else {
            expect(plan.order).toBe("wake-up");
            if (!excluded.has("neck-sides")) expect(plan.steps.at(-1)?.zone).toBe("neck-sides");
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "the same input gives the same plan",
    () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          expect(planSession(structuredClone(input), en)).toEqual(planSession(input, en));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "a plan with nothing left out and no condition always fills its minutes",
    () => {
      fc.assert(
        fc.property(inputArb, (raw) => {
          const input: PlanInput = {
            ...raw,
            skipZones: [],
            conditions: [],
            injectables: [],
            medium: "serum",
          };
          const plan = run({ ...input, age: undefined });
          expect(plan.notes.map((n) => n.code)).not.toContain("shortened");
          expect(plan.totalSeconds).toBe(input.minutes * 60);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "mornings without exclusions spend most of their time on strokes and circles",
    () => {
      const strokesAndCircles = new Set([
        "strokes",
        "small-circles",
        "stationary-circles",
        "roller",
        "gua-sha",
      ]);
      fc.assert(
        fc.property(inputArb, (raw) => {
          const input: PlanInput = {
            ...raw,
            slot: "am",
            goals: [],
            skipZones: [],
            conditions: [],
            injectables: [],
            medium: "serum",
          };
          const plan = run(input);
          const focused = plan.steps
            .filter((s) => strokesAndCircles.has(s.technique))
            .reduce((n, s) => n + s.seconds, 0);
          expect(focused / plan.totalSeconds).toBeGreaterThanOrEqual(0.6);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "never throws on garbage and names a field",
    () => {
      fc.assert(
        fc.property(fc.anything(), (garbage) => {
          const result = planSession(garbage as PlanInput, en);
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(["input", ...PLAN_FIELDS]).toContain(result.error.field.split(/[.[]/)[0]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "names the field when one field of a valid input is garbage",
    () => {
      fc.assert(
        fc.property(
          inputArb,
          fc.constantFrom(...PLAN_FIELDS),
          fc.anything(),
          (input, key, garbage) => {
            const broken = { ...input, [key]: garbage } as PlanInput;
            const result = planSession(broken, en);
            if (!result.ok) expect(result.error.field.startsWith(key)).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
