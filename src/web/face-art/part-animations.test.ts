import { describe, expect, it } from "vitest";
import { poseAt } from "./hand-pose.ts";
import { handTransform } from "./keyframes.ts";
import { CHEEK_STROKES, CHEEKBONE_HOLDS, FOREHEAD_ROLLER, step } from "./motions.test-support.ts";
import { stepAnimations } from "./part-animations.ts";
import { stepMotion } from "./step-motion.ts";

describe("the step's animations", () => {
  it("samples one pass of each line and repeats it: twenty strokes along each of three lines", () => {
    const list = stepAnimations(CHEEK_STROKES);
    expect(
      list.filter((a) => a.part === "hand-1").map((a) => [a.delay, a.duration, a.iterations]),
    ).toEqual([
      [0, 1000, 20],
      [20_000, 1000, 20],
      [40_000, 1000, 20],
    ]);
    // Each line's trail shows only while its line is worked.
    expect(
      list.filter((a) => a.part.startsWith("trail-0")).map((a) => [a.part, a.delay, a.fill]),
    ).toEqual([
      ["trail-0-0", 0, "none"],
      ["trail-0-1", 20_000, "none"],
      ["trail-0-2", 40_000, "none"],
    ]);
  });

  it("is the pure pose function: every frame is the pose at its moment", () => {
    const second = stepAnimations(CHEEK_STROKES).find(
      (a) => a.part === "hand-1" && a.delay === 20_000,
    );
    expect(second?.frames).toHaveLength(31);
    for (const f of second?.frames ?? []) {
      const ms = 20_000 + Math.min(f.offset * 1000, 1000 - 1e-3);
      const pose = poseAt(CHEEK_STROKES, ms).hands[1];
      expect(f.transform).toBe(pose && handTransform(pose));
    }
  });

  it("keeps a resting part's frames to its changes: the shadow changes only as the hand lifts", () => {
    const shadow = stepAnimations(CHEEK_STROKES).find((a) => a.part === "shadow-0");
    expect(shadow?.frames.map((f) => f.opacity)).toEqual([
      0.32, 0.32, 0.23, 0.03, 0, 0, 0.11, 0.32,
    ]);
  });

  it("hides the resting hand while the other works its half of the forehead", () => {
    const m = FOREHEAD_ROLLER;
    const hidden = stepAnimations(m).filter((a) => a.frames.every((f) => f.opacity === 0));
    expect(hidden.map((a) => `${a.part}@${a.delay}`)).toEqual([
      "hand-1@0",
      "hand-1@10000",
      "hand-1@20000",
      "hand-0@30000",
      "hand-0@40000",
      "hand-0@50000",
    ]);
  });

  it("repeats a round of the held points, not a single hold", () => {
    const m = CHEEKBONE_HOLDS;
    const hand = stepAnimations(m).find((a) => a.part === "hand-0");
    expect([hand?.duration, hand?.iterations]).toEqual([15_000, 2]);
  });

  it("turns a tool's hand smoothly, back to the line's start heading as it returns", () => {
    const m = stepMotion(step("forehead", "gua-sha", "center", 60, 6, 5));
    for (const a of stepAnimations(m).filter((x) => x.part.startsWith("hand"))) {
      const turns = a.frames.map((f) =>
        Number(/rotate\((-?[\d.]+)deg\)/.exec(String(f.transform))?.[1] ?? 0),
      );
      for (let i = 1; i < turns.length; i++) {
        expect(Math.abs((turns[i] as number) - (turns[i - 1] as number))).toBeLessThan(10);
      }
    }
  });
});
