import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { CONDITIONS } from "../model/conditions.ts";
import { GOALS } from "../model/goals.ts";
import { SLOTS } from "../model/slots.ts";
import { TOOL_IDS } from "../model/tools.ts";
import { ZONE_IDS } from "../model/zones.ts";
import { parsePlanInput } from "../planner/parse-plan-input.ts";
import { planSession } from "../planner/plan-session.ts";
import type { PlanInput } from "../planner/plan-types.ts";
import { addDays, dayNumber, fromDayNumber, type LocalDate } from "../time/local-date.ts";
import { CLEARABLE_PROCEDURES, PROCEDURE_KINDS } from "./profile.ts";
import { pressureLimit, screen, toolBanned } from "./screen.ts";

const en = translatorFor("en");

const dateArb = fc
  .integer({ min: dayNumber("2024-01-01" as LocalDate), max: dayNumber("2028-12-31" as LocalDate) })
  .map(fromDayNumber);

/** Any valid input, the new safety fields included, weighted toward plans that run. */
const inputArb: fc.Arbitrary<PlanInput> = dateArb.chain((date) =>
  fc.record({
    slot: fc.constantFrom(...SLOTS),
    minutes: fc.integer({ min: 1, max: 20 }),
    goals: fc.subarray([...GOALS]),
    tools: fc.subarray([...TOOL_IDS]),
    skipZones: fc.oneof(fc.constant([]), fc.subarray([...ZONE_IDS], { maxLength: 3 })),
    conditions: fc.subarray([...CONDITIONS], { maxLength: 4 }),
    injectables: fc.array(
      fc.record({
        kind: fc.constantFrom("botox" as const, "filler" as const),
        zone: fc.constantFrom(...ZONE_IDS),
        date: fc.integer({ min: 0, max: 35 }).map((n) => addDays(date, -n)),
      }),
      { maxLength: 2 },
    ),
    procedures: fc.array(
      fc.constantFrom(...PROCEDURE_KINDS).chain((kind) =>
        fc.record({
          kind: fc.constant(kind),
          date: fc.integer({ min: 0, max: 100 }).map((n) => addDays(date, -n)),
          cleared: (CLEARABLE_PROCEDURES as readonly string[]).includes(kind)
            ? fc.boolean()
            : fc.constant(false),
        }),
      ),
      { maxLength: 2 },
    ),
    neckCleared: fc.boolean(),
    maxPressure: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const), { nil: undefined }),
    age: fc.option(fc.integer({ min: 18, max: 90 }), { nil: undefined }),
    medium: fc.constantFrom("serum" as const, "facial-oil" as const, "cream" as const),
    date: fc.constant(date),
  }),
);

describe("the planner honours every field of the screening", () => {
  it("no step breaks an exclusion, a ban (global or per zone) or a cap (zone or tool)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = planSession(input, en);
        if (!result.ok) throw new Error(result.error.message);
        const plan = result.plan;
        const request = parsePlanInput(input);
        if (!request.ok) throw new Error(request.error.message);
        const screening = screen(request.value, request.value.date, en);
        if (screening.verdict === "stop") {
          expect(plan.verdict).toBe("stop");
          expect(plan.steps).toEqual([]);
          return;
        }
        expect(plan.reasons.slice(0, screening.reasons.length)).toEqual(screening.reasons);
        for (const step of plan.steps) {
          expect(screening.excludedZones).not.toContain(step.zone);
          expect(screening.bannedTechniques).not.toContain(step.technique);
          expect(toolBanned(screening, step.zone, step.tool)).toBe(false);
          expect(step.pressure).toBeLessThanOrEqual(pressureLimit(screening, step.zone, step.tool));
          if (input.maxPressure !== undefined)
            expect(step.pressure).toBeLessThanOrEqual(input.maxPressure);
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
