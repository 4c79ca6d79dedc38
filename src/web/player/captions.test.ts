import { describe, expect, it } from "vitest";
import { captionAt } from "./captions.ts";
import { threeStepPlan } from "./fake-clock.test-support.ts";
import { buildTimeline } from "./timeline.ts";

const timeline = buildTimeline(threeStepPlan);
const at = (ms: number) => captionAt(threeStepPlan, timeline, ms);

describe("captionAt", () => {
  it("shows the step's instruction from its first moment", () => {
    expect(at(0)).toEqual({ instruction: "Collarbone", now: undefined });
    expect(at(9_999)).toEqual({ instruction: "Collarbone", now: undefined });
  });

  it("adds the latest cue of the step once it is due", () => {
    expect(at(10_000)).toEqual({ instruction: "Collarbone", now: "Halfway" });
    expect(at(19_999)).toEqual({ instruction: "Collarbone", now: "Halfway" });
  });

  it("never carries a cue into the next step", () => {
    expect(at(20_000)).toEqual({ instruction: "Cheeks, left", now: undefined });
    expect(at(35_000)).toEqual({ instruction: "Cheeks, left", now: "Switch side" });
    // 5 s into the last step (e.g. straight after a reload there): its own "Last five", not before.
    expect(at(54_999)).toEqual({ instruction: "Forehead", now: undefined });
    expect(at(55_000)).toEqual({ instruction: "Forehead", now: "Last five" });
  });

  it("holds the last step's words at the end", () => {
    expect(at(60_000)).toEqual({ instruction: "Forehead", now: "Last five" });
  });
});
