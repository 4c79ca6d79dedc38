import { describe, expect, it } from "vitest";
import { planSession } from "../../core/planner/plan-session.ts";
import type { Plan, PlanInput } from "../../core/planner/plan-types.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import { stepsLine } from "./plan-summary.ts";

const en = translatorFor("en");

const plan = (input: Partial<PlanInput>): Plan => {
  const result = planSession(
    {
      slot: "pm",
      minutes: 5,
      medium: "serum",
      date: "2026-03-02",
      ...input,
    },
    en,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
};

describe("stepsLine", () => {
  it("names every step once, in order, so the count and the names agree", () => {
    expect(stepsLine(plan({ minutes: 1 }))).toEqual({
      count: 4,
      text: "4 steps: Collarbone, In front of the ear, Cheeks, Sides of the neck",
    });
  });

  it("names a zone worked twice twice, and each side of a one-side-at-a-time step", () => {
    const p = plan({ minutes: 8, goals: ["tension"], tools: ["roller"] });
    const line = stepsLine(p);
    const names = line.text.slice(line.text.indexOf(": ") + 2).split(", ");
    expect(line.count).toBe(p.steps.length);
    expect(names).toHaveLength(p.steps.length);
    expect(names.filter((n) => n === "Sides of the neck")).toHaveLength(2);
    expect(names).toContain("Left jaw muscle");
    expect(names).toContain("Right jaw muscle");
  });
});
