import { describe, expect, it } from "vitest";
import type { Plan } from "../../core/planner/plan-types.ts";
import { planForSlot } from "../../core/setup/plan-for-slot.ts";
import { DEFAULT_PROFILE } from "../../core/setup/profile-body.ts";
import { composedRoutineBody } from "../../core/setup/routine-body.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import { otherStepsLine, passingFor, stopReasons } from "./stop-reasons.ts";

const day = "2026-03-25" as LocalDate;
const en = translatorFor("en");

function stoppedPlan(profile: typeof DEFAULT_PROFILE): Plan {
  const routine = composedRoutineBody([{ kind: "serum" }], "am");
  const result = planForSlot(profile, routine, "am", day, [], en);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe("the stop card's reasons", () => {
  it("shows the infection alone, not the Botox adjustment that has no massage to adjust", () => {
    const profile = {
      ...DEFAULT_PROFILE,
      conditions: ["infection" as const],
      injectables: [
        { kind: "botox" as const, zone: "forehead" as const, date: "2026-03-20" as LocalDate },
      ],
    };
    const plan = stoppedPlan(profile);
    expect(plan.verdict).toBe("stop");
    expect(plan.reasons.map((r) => r.code)).toEqual(["infection", "botox-recent"]);
    expect(stopReasons(plan, profile, day).map((r) => r.code)).toEqual(["infection"]);
  });

  it("keeps a procedure's stop and lists two stops in order", () => {
    const profile = {
      ...DEFAULT_PROFILE,
      conditions: ["fever" as const, "blood-clot" as const],
      procedures: [{ kind: "peel-medium" as const, date: "2026-03-20" as LocalDate }],
    };
    const codes = stopReasons(stoppedPlan(profile), profile, day).map((r) => r.code);
    expect(codes).toEqual(["fever", "blood-clot", "peel-recent"]);
  });

  it("offers 'it has cleared' for answers that pass by themselves only", () => {
    expect(passingFor("infection")).toEqual({ condition: "infection", cleared: "It has cleared" });
    expect(passingFor("fever")?.condition).toBe("fever");
    expect(passingFor("blood-clot")).toBe(undefined);
    expect(passingFor("throat-swelling")).toBe(undefined);
  });

  it("says the other steps are fine only where they are", () => {
    const reason = (code: "infection" | "blood-clot" | "throat-swelling") => ({
      code,
      message: "",
    });
    expect(otherStepsLine([reason("blood-clot")])).toBe(
      "The other steps of your routine are fine to do as usual.",
    );
    expect(otherStepsLine([reason("infection")])).toMatch(/^Keep your hands and products off/);
    expect(otherStepsLine([reason("throat-swelling"), reason("blood-clot")])).toBe(undefined);
  });
});
