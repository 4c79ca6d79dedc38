import { describe, expect, it } from "vitest";
import { stepAfterMassage } from "./after-massage.ts";
import type { RoutineBody } from "./routine-body.ts";

const routine = (steps: RoutineBody["steps"]): RoutineBody => ({
  schemaVersion: 1,
  slot: "pm",
  steps,
});

describe("stepAfterMassage", () => {
  it("is the step right after the massage, with the person's name for it", () => {
    const r = routine([
      { kind: "cleanser" },
      { kind: "serum", name: "Hyaluronic" },
      { kind: "massage" },
      { kind: "retinoid", name: "Adapalene" },
      { kind: "moisturizer" },
    ]);
    expect(stepAfterMassage(r)).toEqual({ kind: "retinoid", name: "Adapalene" });
  });

  it("is undefined when the massage ends the routine or is missing", () => {
    expect(stepAfterMassage(routine([{ kind: "serum" }, { kind: "massage" }]))).toBeUndefined();
    expect(stepAfterMassage(routine([{ kind: "serum" }]))).toBeUndefined();
  });
});
