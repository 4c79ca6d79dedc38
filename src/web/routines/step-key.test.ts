import { describe, expect, it } from "vitest";
import { stepKey } from "./step-key.ts";

describe("a step's key", () => {
  it("follows the step, not its place, and tells steps alike apart", () => {
    const steps = [
      { kind: "serum", name: "Vitamin C" },
      { kind: "massage" },
      { kind: "serum", name: "Vitamin C" },
    ] as const;
    expect(steps.map((_, i) => stepKey(steps, i))).toEqual([
      "serum:Vitamin C:0",
      "massage::0",
      "serum:Vitamin C:1",
    ]);
    expect(stepKey([steps[1], steps[0]], 1)).toBe("serum:Vitamin C:0");
    expect(stepKey(steps, 7)).toBe("missing-7");
  });
});
