import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONDITIONS, type Condition } from "../model/conditions.ts";
import { GOALS } from "../model/goals.ts";
import { MEDIA } from "../model/media.ts";
import { SLOTS } from "../model/slots.ts";
import { TECHNIQUES } from "../model/techniques.ts";
import { TOOL_IDS } from "../model/tools.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";
import { FACE_ZONES } from "../safety/adjustment.ts";
import { injectedArea } from "../safety/injection-neighbours.ts";
import { addDays, dayNumber, diffDays, fromDayNumber, type LocalDate } from "../time/local-date.ts";
import { speakingSeconds } from "./cues.ts";
import { planSession } from "./plan-session.ts";
import type { Plan, PlanInput, PlanStep } from "./plan-types.ts";

const RUNS = 2000;
const TIMEOUT_MS = 120_000;
const FIELDS = [
  "slot",
  "minutes",
  "goals",
  "tools",
  "skipZones",
  "conditions",
  "injectables",
  "age",
  "medium",
  "date",
];
const STOPS: readonly Condition[] = [
  "infection",
  "blood-clot",
  "heart-failure",
  "unexplained-swelling",
  "cancer-treatment",
  "fever",
  "migraine-now",
  "head-neck-lymphedema",
  "throat-swelling",
];
const ADJUSTING = CONDITIONS.filter((c) => !STOPS.includes(c));
const FACE_ORDER: readonly ZoneId[] = [
  "chin-jawline",
  "mouth",
  "nose-sides",
  "cheeks",
  "under-cheekbone",
  "masseter",
  "under-eyes",
  "brows",
  "forehead",
  "temples",
  "shoulders",
];

const dateArb = fc
  .integer({ min: dayNumber("2020-01-01" as LocalDate), max: dayNumber("2030-12-31" as LocalDate) })
  .map(fromDayNumber);

const inputArb: fc.Arbitrary<PlanInput> = dateArb.chain((date) =>
  fc.record({
    slot: fc.constantFrom(...SLOTS),
    minutes: fc.integer({ min: 1, max: 20 }),
    goals: fc.subarray([...GOALS]),
    tools: fc.subarray([...TOOL_IDS]),
    skipZones: fc.oneof(fc.constant([]), fc.subarray([...ZONE_IDS])),
    conditions: fc.oneof(
      { weight: 9, arbitrary: fc.subarray(ADJUSTING) },
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
  const result = planSession(input);
  if (!result.ok) throw new Error(`valid input refused: ${result.error.message}`);
  return result.plan;
};

/** The zones that must not appear, worked out here independently of the screen. */
function expectedExclusions(input: PlanInput): ReadonlySet<ZoneId> {
  const out = new Set<ZoneId>(input.skipZones ?? []);
  for (const shot of input.injectables ?? []) {
    const days = diffDays(shot.date as LocalDate, input.date as LocalDate);
    // The injection day and the next leave the whole face out; then the zone and its neighbours.
    if (days >= 0 && days < 2) for (const z of FACE_ZONES) out.add(z);
    if (days >= 2 && days < 14) for (const z of injectedArea(shot.kind, shot.zone)) out.add(z);
  }
  if ((input.conditions ?? []).includes("trigeminal-neuralgia"))
    for (const z of FACE_ZONES) out.add(z);
  const neck = (input.conditions ?? []).some(
    (c) => c === "thyroid" || c === "carotid" || c === "arrhythmia",
  );
  if (neck || (input.age ?? 0) > 60) out.add("neck-sides");
  return out;
}

const isStopped = (input: PlanInput): boolean =>
  input.medium === "none" || (input.conditions ?? []).some((c) => STOPS.includes(c));
const drains = (input: PlanInput): boolean =>
  input.slot !== "am" || (input.goals ?? []).includes("puffiness");
const has = (input: PlanInput, c: Condition): boolean => (input.conditions ?? []).includes(c);

function checkDrainageOrder(steps: readonly PlanStep[], excluded: ReadonlySet<ZoneId>): void {
  const zones = steps.map((s) => s.zone);
  const faceAt = zones.map((z, i) => (FACE_ORDER.includes(z) ? i : -1)).filter((i) => i >= 0);
  if (faceAt.length === 0) return;
  const first = faceAt[0] ?? 0;
  const last = faceAt[faceAt.length - 1] ?? 0;
  const rank = (order: readonly ZoneId[]) => (z: ZoneId) => order.indexOf(z);
  const opening = zones.slice(0, first).map(rank(["collarbone", "neck-sides", "jaw-angle"]));
  const face = zones.slice(first, last + 1).map(rank(FACE_ORDER));
  const closing = zones.slice(last + 1).map(rank(["neck-sides", "collarbone"]));
  for (const part of [opening, face, closing]) {
    expect(part.every((r, i) => r >= 0 && (i === 0 || r >= (part[i - 1] ?? 0)))).toBe(true);
  }
  if (!excluded.has("collarbone")) expect(zones[0]).toBe("collarbone");
  else if (!excluded.has("neck-sides")) expect(zones[0]).toBe("neck-sides");
  if (!excluded.has("collarbone") || !excluded.has("neck-sides")) {
    expect(["collarbone", "neck-sides"]).toContain(zones[zones.length - 1]);
  }
  for (const s of steps) if (s.zone === "neck-sides") expect(s.direction).toContain("down");
}

function checkCues(step: PlanStep): void {
  const cues = step.cues;
  expect(cues[0]?.at).toBe(0);
  expect(cues[0]?.kind).toBe(step.side === "right" ? "switch-side" : "start");
  expect(cues.find((c) => c.kind === "halfway")?.at).toBe(Math.floor(step.seconds / 2));
  expect(cues.find((c) => c.kind === "last-five")?.at).toBe(step.seconds - 5);
  cues.forEach((cue, i) => {
    const next = cues[i + 1]?.at ?? step.seconds;
    expect(next).toBeGreaterThan(cue.at);
    expect(cue.text.length).toBeGreaterThan(0);
    expect(speakingSeconds(cue.text)).toBeLessThanOrEqual(next - cue.at);
  });
}

describe("planSession properties", () => {
  it(
    "valid input always gives a plan that keeps every invariant",
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
          expect(plan.totalSeconds).toBe(input.minutes * 60);
          expect(plan.steps.reduce((sum, s) => sum + s.seconds, 0)).toBe(input.minutes * 60);
          const owned = new Set(["fingers", ...(input.tools ?? [])]);
          const gentle = has(input, "rosacea") || has(input, "sensitive");
          const fingersOnly = has(input, "rosacea");
          const bleeding = has(input, "blood-thinners") || has(input, "bleeding-disorder");
          plan.steps.forEach((step, i) => {
            const zone = ZONES[step.zone];
            expect(excluded.has(step.zone)).toBe(false);
            expect(step.seconds).toBeGreaterThanOrEqual(16);
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
              expect([plan.steps[i + 1]?.zone, plan.steps[i + 1]?.side]).toEqual([
                step.zone,
                "right",
              ]);
            if (step.side === "right")
              expect([plan.steps[i - 1]?.zone, plan.steps[i - 1]?.side]).toEqual([
                step.zone,
                "left",
              ]);
            expect(step.side === "center").toBe(zone.sides === "center");
            checkCues(step);
          });
          if (input.slot !== "weekly")
            expect(plan.steps.some((s) => s.zone === "shoulders")).toBe(false);
          if (drains(input)) {
            expect(plan.order).toBe("drainage");
            checkDrainageOrder(plan.steps, excluded);
          } else {
            expect(plan.order).toBe("wake-up");
            expect(plan.steps.some((s) => s.tool === "gua-sha")).toBe(false);
            if (!excluded.has("neck-sides"))
              expect(plan.steps[plan.steps.length - 1]?.zone).toBe("neck-sides");
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
          expect(planSession(structuredClone(input))).toEqual(planSession(input));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "mornings without exclusions spend most of their time on strokes and circles",
    () => {
      const circlesAndStrokes = new Set([
        "strokes",
        "small-circles",
        "stationary-circles",
        "roller",
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
            .filter((s) => circlesAndStrokes.has(s.technique))
            .reduce((n, s) => n + s.seconds, 0);
          expect(focused / plan.totalSeconds).toBeGreaterThanOrEqual(0.6);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "weekly sessions of four minutes or more include the shoulders unless they are left out",
    () => {
      fc.assert(
        fc.property(inputArb, (raw) => {
          const input: PlanInput = {
            ...raw,
            slot: "weekly",
            minutes: Math.max(4, raw.minutes),
            medium: "serum",
          };
          const plan = run(input);
          if (plan.verdict === "stop" || expectedExclusions(input).has("shoulders")) return;
          expect(plan.steps.some((s) => s.zone === "shoulders")).toBe(true);
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
          const result = planSession(garbage as PlanInput);
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(["input", ...FIELDS]).toContain(result.error.field.split(/[.[]/)[0]);
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
        fc.property(inputArb, fc.constantFrom(...FIELDS), fc.anything(), (input, key, garbage) => {
          const broken = { ...input, [key]: garbage } as PlanInput;
          const result = planSession(broken);
          if (!result.ok) expect(result.error.field.startsWith(key)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
