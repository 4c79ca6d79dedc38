import { describe, expect, it } from "vitest";
import { threeStepPlan } from "./fake-clock.test-support.ts";
import type { ActiveSession } from "./handoff.ts";
import { sessionBody } from "./session-record.ts";
import { buildTimeline } from "./timeline.ts";

const plan = {
  ...threeStepPlan,
  steps: threeStepPlan.steps.map((s, i) => (i >= 1 ? { ...s, tool: "roller" as const } : s)),
};
const active: ActiveSession = {
  plan,
  meta: {
    slot: "pm",
    title: "Evening massage",
    minutes: 1,
    goals: ["puffiness"],
    adjustments: ["acne-breakout"],
  },
  medium: "facial-oil",
  startedAtWall: Date.UTC(2026, 10, 25, 20, 0, 0),
  timeZone: "Europe/Paris",
  scheduler: { status: "ended", anchorWall: null, elapsedMs: 60_000, next: 10 },
};
const timeline = buildTimeline(plan);

describe("sessionBody", () => {
  it("records a completed session with every zone in order and the tool used longest", () => {
    expect(sessionBody(active, timeline, 60_000, Date.UTC(2026, 10, 25, 20, 1, 30))).toEqual({
      slot: "pm",
      plan: {
        minutes: 1,
        goals: ["puffiness"],
        totalSeconds: 60,
        stepCount: 3,
        adjustments: ["acne-breakout"],
      },
      startedAt: "2026-11-25T20:00:00.000Z",
      endedAt: "2026-11-25T20:01:30.000Z",
      timeZone: "Europe/Paris",
      secondsDone: 60,
      completed: true,
      zones: ["collarbone", "cheeks", "forehead"],
      tool: "roller",
      medium: "facial-oil",
    });
  });

  it("records a partial session with only the zones reached", () => {
    const body = sessionBody(active, timeline, 24_400, Date.UTC(2026, 10, 25, 20, 0, 30));
    expect(body.completed).toBe(false);
    expect(body.secondsDone).toBe(24);
    expect(body.zones).toEqual(["collarbone", "cheeks"]);
    expect(body.tool).toBe("fingers");
  });
});
