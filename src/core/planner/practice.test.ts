import { describe, expect, it } from "vitest";
import { TECHNIQUE_IDS } from "../model/techniques.ts";
import { practicePlan, practiceZones } from "./practice.ts";

describe("practicePlan", () => {
  it("picks face zones where the technique is usual first", () => {
    expect(practiceZones("strokes")).toEqual(["chin-jawline", "cheeks"]);
    expect(practiceZones("tap")).toEqual(["under-eyes", "forehead"]);
    expect(practiceZones("pinch")).toEqual(["brows"]);
    expect(practiceZones("kneading")).toEqual(["masseter"]);
    expect(practiceZones("gua-sha")).toEqual(["chin-jawline"]);
  });

  it("splits a one-side-at-a-time technique into left and right halves", () => {
    const plan = practicePlan("kneading");
    expect(plan.steps.map((s) => [s.zone, s.side, s.seconds, s.pressure])).toEqual([
      ["masseter", "left", 30, 3],
      ["masseter", "right", 30, 3],
    ]);
    expect(plan.steps[1]?.cues[0]?.kind).toBe("switch-side");
  });

  it("keeps gua sha on the jawline at the lightest pressure", () => {
    expect(practicePlan("gua-sha").steps.map((s) => s.pressure)).toEqual([1, 1]);
  });

  it("fills exactly one minute for every technique, with cues inside each step", () => {
    for (const id of TECHNIQUE_IDS) {
      const plan = practicePlan(id);
      expect(plan.totalSeconds, id).toBe(60);
      expect(
        plan.steps.reduce((t, s) => t + s.seconds, 0),
        id,
      ).toBe(60);
      for (const s of plan.steps) {
        expect(s.technique).toBe(id);
        expect(s.cues.every((c) => c.at < s.seconds)).toBe(true);
      }
    }
  });

  it("counts repetitions at the technique's pace", () => {
    expect(practicePlan("strokes").steps.map((s) => s.reps)).toEqual([30, 30]);
    expect(practicePlan("tap").steps.map((s) => s.reps)).toEqual([undefined, undefined]);
  });

  it("gives the whole minute to a chosen zone that allows the technique, and ignores one that does not", () => {
    expect(practicePlan("tap", "forehead").steps.map((s) => [s.zone, s.side, s.seconds])).toEqual([
      ["forehead", "center", 60],
    ]);
    expect(practicePlan("roller", "cheeks").steps.map((s) => [s.zone, s.side])).toEqual([
      ["cheeks", "left"],
      ["cheeks", "right"],
    ]);
    expect(practicePlan("kneading", "forehead").steps.map((s) => s.zone)).toEqual([
      "masseter",
      "masseter",
    ]);
  });
});
