import { describe, expect, it } from "vitest";
import {
  BROW_PINCHES,
  CHEEK_STROKES,
  CHEEKBONE_HOLDS,
  FOREHEAD_ROLLER,
  ROLLER_LEFT_CHEEK,
  step,
} from "./motions.test-support.ts";
import { stepMotion } from "./step-motion.ts";

describe("step motion", () => {
  it("rolls five passes along each of the cheek's three lines in 30 s: a pass every 2 s", () => {
    const m = ROLLER_LEFT_CHEEK;
    expect(m.kind).toBe("glide");
    expect(m.grip).toBe("roller");
    expect(m.hands).toEqual(["left"]);
    expect(m.sections).toEqual([
      { guide: 0, hands: ["left"] },
      { guide: 1, hands: ["left"] },
      { guide: 2, hands: ["left"] },
    ]);
    expect(m.passes).toBe(5);
    expect(m.passMs).toBe(2000);
    // The roller is pulled, its handle ahead; the sleeve hangs down and out from a bent wrist.
    expect([m.toolTurn, m.armTurn]).toEqual([180, -90]);
    expect(m.wristBend).toBeCloseTo(21.6, 1);
  });

  it("works a midline zone's halves one after the other with a tool in one hand", () => {
    const m = FOREHEAD_ROLLER;
    expect(m.hands).toEqual(["left", "right"]);
    expect(m.sections.map((s) => `${s.hands.join()} ${s.guide}`)).toEqual([
      "left 0",
      "left 1",
      "left 2",
      "right 0",
      "right 1",
      "right 2",
    ]);
    expect(m.passMs).toBe(2000);
  });

  it("strokes both sides at once, a stroke a second, and counts strokes the core did not", () => {
    const counted = CHEEK_STROKES;
    expect(counted.sections.every((s) => s.hands.length === 2)).toBe(true);
    expect([counted.passes, counted.passMs]).toEqual([20, 1000]);
    // A plan saved before steps had sections: the lines are the drawing's, the passes fill the time.
    const old = stepMotion(step("cheeks", "strokes", "both", 45, 1, 45));
    expect([old.sections.length, old.passes, old.passMs]).toEqual([3, 15, 1000]);
  });

  it("gives movements the core does not count their practice tempo", () => {
    const tap = stepMotion(step("under-eyes", "tap", "both", 30));
    expect([tap.kind, tap.grip, tap.passes, tap.passMs, tap.cycles]).toEqual([
      "tap",
      "ring",
      8,
      3750,
      13,
    ]);
    const knead = stepMotion(step("masseter", "kneading", "right", 30));
    expect([knead.kind, knead.hands, knead.passes, knead.passMs]).toEqual([
      "knead",
      ["right"],
      12,
      2500,
    ]);
    const circles = stepMotion(step("temples", "small-circles", "both", 30, 1, 30));
    expect([circles.kind, circles.grip, circles.passes, circles.cycles]).toEqual([
      "loops",
      "tips",
      8,
      4,
    ]);
    const pinch = BROW_PINCHES;
    expect([pinch.passes, pinch.passMs, pinch.cycles]).toEqual([12, 5000, 5]);
    const hold = CHEEKBONE_HOLDS;
    expect([hold.kind, hold.passes, hold.passMs, hold.guides[0]?.marks]).toEqual([
      "hold",
      6,
      5000,
      [
        [104, 149],
        [90, 146],
        [77, 139],
      ],
    ]);
    const still = stepMotion(step("collarbone", "stationary-circles", "both", 20, 1, 10));
    expect([still.kind, still.grip, still.passes, still.passMs]).toEqual([
      "circle",
      "flat",
      10,
      2000,
    ]);
  });

  it("holds a gua sha stone's hand across its line, from outside the face", () => {
    const m = stepMotion(step("chin-jawline", "gua-sha", "left", 16, 2, 4));
    expect([m.grip, m.toolTurn, m.passes, m.passMs]).toEqual(["stone", 90, 4, 2000]);
  });
});
