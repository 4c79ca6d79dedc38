import { describe, expect, it } from "vitest";
import { threeStepPlan } from "../fake-clock.test-support.ts";
import { buildTimeline } from "../timeline.ts";
import { CHIME_WINDOW_MS, ChimeSchedule, chimeTargets } from "./chime-schedule.ts";

/** Just enough of an AudioContext to see when oscillators are told to start and stop. */
function fakeAudio(currentTime: number) {
  const started: number[] = [];
  const stopped: number[] = [];
  const param = { value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} };
  const node = () => ({ connect: (n: unknown) => n, gain: param, frequency: param, type: "sine" });
  const ctx = {
    currentTime,
    state: "running",
    destination: {},
    createGain: node,
    createOscillator: () => {
      let stopAt = Number.POSITIVE_INFINITY;
      return {
        ...node(),
        start: (t: number) => started.push(t),
        stop: (t: number) => {
          if (t < stopAt) stopAt = t;
          stopped.push(t);
        },
      };
    },
  };
  return { ctx: ctx as unknown as AudioContext, started, stopped };
}

const timeline = buildTimeline(threeStepPlan);

describe("chime targets", () => {
  it("are a chime at each step change and the end, and a tick at each side switch", () => {
    expect(chimeTargets(timeline)).toEqual([
      { atMs: 20_000, kind: "chime" },
      { atMs: 35_000, kind: "tick" },
      { atMs: 50_000, kind: "chime" },
      { atMs: 60_000, kind: "chime" },
    ]);
  });
});

describe("ChimeSchedule", () => {
  it("commits each sound to the audio clock at its target, once, within the window", () => {
    const { ctx, started } = fakeAudio(100);
    const s = new ChimeSchedule(ctx, chimeTargets(timeline), 1);
    s.sync(5_000);
    s.sync(5_000);
    // Chime = 3 partials, tick = 1 oscillator; all start together at the target's audio time.
    expect([...new Set(started)]).toEqual([115, 130, 145, 155]);
    expect(started).toHaveLength(3 + 1 + 3 + 3);
  });

  it("leaves targets beyond the window for a later sync", () => {
    const far = { steps: threeStepPlan.steps, totalSeconds: threeStepPlan.totalSeconds };
    const { ctx, started } = fakeAudio(0);
    const targets = [
      ...chimeTargets(buildTimeline(far)),
      { atMs: CHIME_WINDOW_MS + 60_000, kind: "tick" as const },
    ];
    const s = new ChimeSchedule(ctx, targets, 1);
    s.sync(50_000);
    expect([...new Set(started)]).toEqual([10]);
    s.sync(65_000);
    expect([...new Set(started)]).toEqual([10, 115]);
  });

  it("cancel stops what is queued, and the next sync lays the rest out from the new position", () => {
    const { ctx, started, stopped } = fakeAudio(100);
    const s = new ChimeSchedule(ctx, chimeTargets(timeline), 1);
    s.sync(0);
    const queued = started.length;
    s.cancel();
    expect(stopped.filter((t) => t === 100)).toHaveLength(queued);
    s.sync(40_000);
    expect(started.slice(queued)).toEqual([110, 110, 110, 120, 120, 120]);
  });

  it("waits while the audio clock is suspended (after a reload, before a tap)", () => {
    const { ctx, started } = fakeAudio(0);
    (ctx as unknown as { state: string }).state = "suspended";
    const s = new ChimeSchedule(ctx, chimeTargets(timeline), 1);
    s.sync(0);
    expect(started).toEqual([]);
    (ctx as unknown as { state: string }).state = "running";
    s.sync(0);
    expect([...new Set(started)]).toEqual([20, 35, 50, 60]);
  });
});
