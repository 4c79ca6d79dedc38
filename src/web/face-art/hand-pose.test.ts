import { describe, expect, it } from "vitest";
import { inPicture, poseAt } from "./hand-pose.ts";
import {
  BROW_PINCHES,
  CHEEK_STROKES,
  CHEEKBONE_HOLDS,
  FOREHEAD_ROLLER,
  ROLLER_LEFT_CHEEK,
  step,
} from "./motions.test-support.ts";
import { stepMotion } from "./step-motion.ts";

describe("hand pose at a moment", () => {
  it("rolls each line from its start, five times, then moves to the next line", () => {
    const at = (ms: number) => poseAt(ROLLER_LEFT_CHEEK, ms);
    // The cheek's first line starts at the jaw edge (102, 183) and ends at the earlobe (67, 146).
    expect(at(0)).toMatchObject({ section: 0, pass: 0 });
    expect(at(0).hands[0]).toMatchObject({ x: 102, y: 183, lift: 0, drawn: 0, fade: 1 });
    expect(at(1440).hands[0]).toMatchObject({ x: 67, y: 146, lift: 0, drawn: 1 });
    expect(at(2000)).toMatchObject({ section: 0, pass: 1 });
    expect(at(2000).hands[0]).toMatchObject({ x: 102, y: 183, drawn: 0 });
    // Ten seconds in, the second line (beside the nose, under the cheekbone) begins.
    expect(at(10_000)).toMatchObject({ section: 1, pass: 0 });
    expect(at(10_000).hands[0]).toMatchObject({ guide: 1, x: 108, y: 145 });
    expect(at(29_000)).toMatchObject({ section: 2, pass: 4 });
  });

  it("lifts clear of the skin to go back, the trail fading, and lands at the start", () => {
    const mid = poseAt(ROLLER_LEFT_CHEEK, 1720).hands[0];
    expect(mid?.lift).toBe(1);
    expect(mid?.drawn).toBe(1);
    expect(mid?.fade).toBeCloseTo(0.5, 6);
    expect(mid?.x).toBeCloseTo(84.5, 1);
    const landed = poseAt(ROLLER_LEFT_CHEEK, 1999.9).hands[0];
    expect(landed?.lift).toBeLessThan(0.01);
    expect(landed?.x).toBeCloseTo(102, 1);
  });

  it("holds the last moment past the end and the first before the start", () => {
    expect(poseAt(ROLLER_LEFT_CHEEK, 99_000)).toMatchObject({ section: 2, pass: 4 });
    expect(poseAt(ROLLER_LEFT_CHEEK, -5).hands[0]).toMatchObject({ x: 102, y: 183 });
  });

  it("keeps the right hand off the skin while the left works its half of the forehead", () => {
    const m = FOREHEAD_ROLLER;
    expect(poseAt(m, 0).hands.map((h) => [h.half, h.active])).toEqual([
      ["left", true],
      ["right", false],
    ]);
    expect(poseAt(m, 30_000).hands.map((h) => [h.half, h.active])).toEqual([
      ["left", false],
      ["right", true],
    ]);
    expect(poseAt(m, 30_000).hands[1]).toMatchObject({ x: 118, y: 60, guide: 0 });
  });

  it("mirrors the right hand into the picture", () => {
    const m = CHEEK_STROKES;
    const [left, right] = poseAt(m, 0).hands;
    expect(left && inPicture(left)).toEqual({ x: 102, y: 183, angle: -55 });
    expect(right && inPicture(right)).toEqual({ x: 138, y: 183, angle: -125 });
  });

  it("presses a point in, holds it with a gentle pulse, lets go, then lifts to the next", () => {
    const m = CHEEKBONE_HOLDS;
    const press = (ms: number) => poseAt(m, ms).hands[0]?.press ?? -1;
    expect(press(0)).toBe(0);
    expect(press(900)).toBe(1);
    expect(press(2000)).toBeGreaterThanOrEqual(0.8);
    expect(press(2000)).toBeLessThanOrEqual(1);
    expect(press(4500)).toBe(0);
    expect(poseAt(m, 4750).hands[0]).toMatchObject({ lift: 1 });
    expect(poseAt(m, 5000).hands[0]).toMatchObject({ x: 90, y: 146 });
    // The sixth hold is back at the first point: three points, in turn.
    expect(poseAt(m, 15_000).hands[0]).toMatchObject({ x: 104, y: 149 });
  });

  it("taps and pinches their count in each pass", () => {
    const count = (m: ReturnType<typeof stepMotion>, key: "press" | "pinch", level: number) => {
      let n = 0;
      let above = false;
      for (let ms = 0; ms < m.passMs; ms += 5) {
        const v = poseAt(m, ms).hands[0]?.[key] ?? 0;
        if (v > level && !above) n++;
        above = v > level;
      }
      return n;
    };
    const tap = stepMotion(step("under-eyes", "tap", "both", 30, 1));
    expect(count(tap, "press", 0.95)).toBe(tap.cycles);
    const pinch = BROW_PINCHES;
    expect(count(pinch, "pinch", 0.9)).toBe(5);
  });

  it("goes once round a circle in place each repetition", () => {
    const m = stepMotion(step("collarbone", "stationary-circles", "both", 20, 1, 10));
    const a = poseAt(m, 0).hands[0];
    const half = poseAt(m, 1000).hands[0];
    const round = poseAt(m, 2000).hands[0];
    // The spot is (90, 246), radius 6: the top, then the bottom, then the top again.
    expect([a?.x, a?.y]).toEqual([90, 240]);
    expect(half?.x).toBeCloseTo(90, 6);
    expect(half?.y).toBeCloseTo(252, 6);
    expect(round?.x).toBeCloseTo(90, 6);
    expect(round?.y).toBeCloseTo(240, 6);
  });
});
