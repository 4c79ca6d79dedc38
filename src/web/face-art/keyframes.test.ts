import { describe, expect, it } from "vitest";
import { poseAt } from "./hand-pose.ts";
import { handTransform, handValues, ringScale, thumbTransform, type Values } from "./keyframes.ts";
import { BROW_PINCHES, step } from "./motions.test-support.ts";
import { stepMotion } from "./step-motion.ts";

describe("a pose as CSS values", () => {
  it("writes a hand's place, turn and lift as one CSS transform", () => {
    expect(handTransform({ x: 102, y: 183, angle: -55, lift: 0 })).toBe(
      "translate(102px, 183px) rotate(35deg) scale(1)",
    );
    expect(handTransform({ x: 84.456, y: 160, angle: 0, lift: 1 })).toBe(
      "translate(84.46px, 160px) rotate(90deg) scale(1.08)",
    );
  });

  it("swells a held point's ring with the pressure, spreads a tap's as it fades, opens a pinch", () => {
    expect([ringScale("hold", 0), ringScale("hold", 1)]).toEqual([0.7, 1.2]);
    expect([ringScale("tap", 1), ringScale("tap", 0)]).toEqual([0.8, 1.7]);
    expect(thumbTransform(1)).toBe("translate(0px, 0px)");
    expect(thumbTransform(0)).toBe("translate(4.5px, 2.5px)");
  });

  it("gives each of a hand's parts its values, and only the parts its movement has", () => {
    const got = (m: ReturnType<typeof stepMotion>, ms: number) => {
      const out: Record<string, Values> = {};
      const h = poseAt(m, ms).hands[0];
      if (h) handValues(m, 0, h, (name, v) => Object.assign(out, { [name]: v }));
      return out;
    };
    const hold = stepMotion(step("temples", "pressure-points", "both", 30, 1, 6));
    expect(got(hold, 900)).toEqual({
      "hand-0": { transform: "translate(70px, 98px) rotate(15deg) scale(1)", opacity: 1 },
      "shadow-0": { opacity: 0.32 },
      "ring-0": { transform: "scale(1.2)", opacity: 0.8 },
      "trail-0-0": { strokeDashoffset: 1, opacity: 1 },
    });
    const pinch = BROW_PINCHES;
    expect(Object.keys(got(pinch, 0))).toEqual(["hand-0", "shadow-0", "thumb-0", "trail-0-0"]);
  });
});
