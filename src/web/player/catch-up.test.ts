import { describe, expect, it } from "vitest";
import { deliver } from "./catch-up.ts";
import { threeStepPlan } from "./fake-clock.test-support.ts";
import type { Fired } from "./scheduler.ts";
import { buildTimeline } from "./timeline.ts";

const events = buildTimeline(threeStepPlan).events;
const at = (i: number, lateMs: number): Fired => ({ event: events[i] as Fired["event"], lateMs });

describe("deliver", () => {
  it("speaks an on-time cue without an extra chime", () => {
    expect(deliver([at(3, 0), at(4, 0)])).toEqual({
      speak: "Cheeks, left",
      chimeNow: false,
    });
  });

  it("after a freeze speaks only the latest missed cue, with one chime", () => {
    expect(deliver([at(2, 42_000), at(3, 32_000), at(4, 32_000), at(5, 17_000)])).toEqual({
      speak: "Switch side",
      chimeNow: true,
    });
  });

  it("says nothing for a batch without cues", () => {
    expect(deliver([at(9, 0)])).toEqual({ speak: null, chimeNow: false });
  });
});
