import { describe, expect, it } from "vitest";
import type { MotionStep } from "./step-motion.ts";
import { stepMotion } from "./step-motion.ts";

const step = (s: Partial<MotionStep> & Pick<MotionStep, "zone" | "technique">): MotionStep => ({
  side: "both",
  seconds: 30 as MotionStep["seconds"],
  sections: 1,
  ...s,
});

describe("step motion", () => {
  it("rolls five passes along each of the cheek's three lines in 30 s: a pass every 2 s", () => {
    const m = stepMotion(
      step({ zone: "cheeks", technique: "roller", side: "left", sections: 3, reps: 5 }),
    );
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
    const m = stepMotion(
      step({
        zone: "forehead",
        technique: "roller",
        side: "center",
        seconds: 60 as MotionStep["seconds"],
        sections: 6,
        reps: 5,
      }),
    );
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
    const counted = stepMotion(
      step({
        zone: "cheeks",
        technique: "strokes",
        seconds: 60 as MotionStep["seconds"],
        sections: 3,
        reps: 20,
      }),
    );
    expect(counted.sections.every((s) => s.hands.length === 2)).toBe(true);
    expect([counted.passes, counted.passMs]).toEqual([20, 1000]);
    // A plan saved before steps had sections: the lines are the drawing's, the passes fill the time.
    const old = stepMotion(
      step({
        zone: "cheeks",
        technique: "strokes",
        seconds: 45 as MotionStep["seconds"],
        sections: 1,
        reps: 45,
      }),
    );
    expect([old.sections.length, old.passes, old.passMs]).toEqual([3, 15, 1000]);
  });

  it("gives movements the core does not count their practice tempo", () => {
    const tap = stepMotion(step({ zone: "under-eyes", technique: "tap" }));
    expect([tap.kind, tap.grip, tap.passes, tap.passMs, tap.cycles]).toEqual([
      "tap",
      "ring",
      8,
      3750,
      13,
    ]);
    const knead = stepMotion(step({ zone: "masseter", technique: "kneading", side: "right" }));
    expect([knead.kind, knead.hands, knead.passes, knead.passMs]).toEqual([
      "knead",
      ["right"],
      12,
      2500,
    ]);
    const circles = stepMotion(step({ zone: "temples", technique: "small-circles", reps: 30 }));
    expect([circles.kind, circles.grip, circles.passes, circles.cycles]).toEqual([
      "loops",
      "tips",
      8,
      4,
    ]);
    const pinch = stepMotion(
      step({ zone: "brows", technique: "pinch", seconds: 60 as MotionStep["seconds"], reps: 60 }),
    );
    expect([pinch.passes, pinch.passMs, pinch.cycles]).toEqual([12, 5000, 5]);
    const hold = stepMotion(
      step({ zone: "under-cheekbone", technique: "pressure-points", reps: 6 }),
    );
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
    const still = stepMotion(
      step({
        zone: "collarbone",
        technique: "stationary-circles",
        seconds: 20 as MotionStep["seconds"],
        reps: 10,
      }),
    );
    expect([still.kind, still.grip, still.passes, still.passMs]).toEqual([
      "circle",
      "flat",
      10,
      2000,
    ]);
  });

  it("holds a gua sha stone's hand across its line, from outside the face", () => {
    const m = stepMotion(
      step({
        zone: "chin-jawline",
        technique: "gua-sha",
        side: "left",
        seconds: 16 as MotionStep["seconds"],
        sections: 2,
        reps: 4,
      }),
    );
    expect([m.grip, m.toolTurn, m.passes, m.passMs]).toEqual(["stone", 90, 4, 2000]);
  });
});
