import { describe, expect, it } from "vitest";
import { repsFor, stepTiming } from "./step-timing.ts";

describe("stepTiming", () => {
  it("times a tool in whole passes along its lines, 2 s a pass, within 15-90 s (section 4b)", () => {
    expect(stepTiming("cheeks", "roller")).toEqual({ sections: 3, min: 30, max: 48, unit: 6 });
    expect(stepTiming("cheeks", "gua-sha")).toEqual({ sections: 3, min: 18, max: 30, unit: 6 });
    // A midline zone with a one-handed tool: three lines on each half.
    expect(stepTiming("forehead", "roller")).toEqual({ sections: 6, min: 60, max: 84, unit: 12 });
    expect(stepTiming("chin-jawline", "gua-sha")).toEqual({
      sections: 2,
      min: 16,
      max: 20,
      unit: 4,
    });
    expect(stepTiming("under-eyes", "roller")).toEqual({ sections: 1, min: 16, max: 16, unit: 2 });
    expect(stepTiming("neck-sides", "roller")).toEqual({ sections: 2, min: 20, max: 32, unit: 4 });
  });

  it("bounds finger work: ten stationary circles at most, 30-60 s of kneading, 15-90 s otherwise", () => {
    expect(stepTiming("collarbone", "stationary-circles")).toEqual({
      sections: 1,
      min: 15,
      max: 20,
      unit: 0,
    });
    expect(stepTiming("masseter", "kneading")).toEqual({ sections: 1, min: 30, max: 60, unit: 0 });
    expect(stepTiming("cheeks", "strokes")).toEqual({ sections: 3, min: 15, max: 90, unit: 0 });
    expect(stepTiming("under-eyes", "tap")).toEqual({ sections: 1, min: 15, max: 90, unit: 0 });
  });

  it("counts repetitions along each section at the technique's pace", () => {
    expect(repsFor("roller", 3, 30)).toBe(5);
    expect(repsFor("strokes", 3, 40)).toBe(13);
    expect(repsFor("pressure-points", 1, 23)).toBe(4);
    expect(repsFor("tap", 1, 30)).toBeUndefined();
  });
});
