import { describe, expect, it } from "vitest";
import { fakeClock, threeStepPlan } from "./fake-clock.test-support.ts";
import { createScheduler, type Fired, RESUME_GAP_MS, type SchedulerState } from "./scheduler.ts";
import { buildTimeline } from "./timeline.ts";

const timeline = buildTimeline(threeStepPlan);
const label = (f: Fired) =>
  f.event.kind === "cue"
    ? f.event.cue.text
    : f.event.kind === "step"
      ? `step ${f.event.step}`
      : "end";

function setup(saved?: SchedulerState, clock = fakeClock()) {
  const fired: { label: string; lateMs: number; batch: number }[] = [];
  let batches = 0;
  let last: SchedulerState | undefined;
  const s = createScheduler(
    timeline,
    clock,
    (batch) => {
      batches += 1;
      for (const f of batch) fired.push({ label: label(f), lateMs: f.lateMs, batch: batches });
    },
    (st) => {
      last = st;
    },
    saved,
  );
  return { s, clock, fired, labels: () => fired.map((f) => f.label), last: () => last };
}

describe("buildTimeline", () => {
  it("puts each step start before its cues and the end after the last step", () => {
    expect(timeline.totalMs).toBe(60_000);
    expect(timeline.stepStarts).toEqual([0, 20_000, 50_000]);
    expect(timeline.events.map((e) => `${e.kind}@${e.atMs}`)).toEqual([
      "step@0",
      "cue@0",
      "cue@10000",
      "step@20000",
      "cue@20000",
      "cue@35000",
      "step@50000",
      "cue@50000",
      "cue@55000",
      "end@60000",
    ]);
  });
});

describe("createScheduler with a fake clock", () => {
  it("fires events at their targets as the clock passes them, each once", () => {
    const { s, clock, labels } = setup();
    s.start();
    expect(labels()).toEqual(["step 0", "Collarbone"]);
    clock.advance(9_999);
    s.poll();
    expect(labels()).toHaveLength(2);
    expect(s.msToNext()).toBe(1);
    clock.advance(1);
    s.poll();
    s.poll();
    expect(labels()).toEqual(["step 0", "Collarbone", "Halfway"]);
  });

  it("shifts the timeline by a pause", () => {
    const { s, clock, labels, fired } = setup();
    s.start();
    clock.advance(5_000);
    s.pause();
    clock.advance(60_000);
    s.poll();
    expect(s.elapsed()).toBe(5_000);
    expect(labels()).toEqual(["step 0", "Collarbone"]);
    s.resume();
    clock.advance(4_999);
    s.poll();
    expect(labels()).toHaveLength(2);
    clock.advance(1);
    s.poll();
    expect(fired.at(-1)).toEqual({ label: "Halfway", lateMs: 0, batch: 2 });
    expect(s.elapsed()).toBe(10_000);
  });

  it("skips to the next step without firing the cues it passes over", () => {
    const { s, clock, labels } = setup();
    s.start();
    clock.advance(2_000);
    s.skip();
    expect(s.elapsed()).toBe(20_000);
    expect(s.step()).toBe(1);
    expect(labels()).toEqual(["step 0", "Collarbone", "step 1", "Cheeks, left"]);
    clock.advance(15_000);
    s.poll();
    expect(labels().at(-1)).toBe("Switch side");
  });

  it("goes back to the start of the step, or to the previous step in its first 3 s", () => {
    const { s, clock, labels } = setup();
    s.start();
    clock.advance(25_000);
    s.poll();
    s.back();
    expect(s.elapsed()).toBe(20_000);
    expect(labels().slice(-2)).toEqual(["step 1", "Cheeks, left"]);
    clock.advance(1_000);
    s.back();
    expect(s.elapsed()).toBe(0);
    expect(labels().slice(-2)).toEqual(["step 0", "Collarbone"]);
    clock.advance(10_000);
    s.poll();
    expect(labels().at(-1)).toBe("Halfway");
  });

  it("skip while paused moves the position and stays paused", () => {
    const { s, clock, labels } = setup();
    s.start();
    s.pause();
    s.skip();
    expect(s.status()).toBe("paused");
    expect(s.elapsed()).toBe(20_000);
    expect(labels()).toEqual(["step 0", "Collarbone"]);
    s.resume();
    expect(labels()).toEqual(["step 0", "Collarbone", "step 1", "Cheeks, left"]);
    clock.advance(40_000);
    s.poll();
    expect(s.status()).toBe("ended");
  });

  it("resumes after a reload from the wall-clock anchor, catching up what came due", () => {
    const first = setup();
    first.s.start();
    first.clock.advance(8_000);
    first.s.poll();
    const saved = first.s.state();
    expect(saved).toEqual({
      status: "running",
      anchorWall: 1_700_000_000_000,
      elapsedMs: 8_000,
      next: 2,
    });
    const clock = first.clock;
    clock.advance(4_000); // the reload takes 4 s of wall time
    clock.reload();
    const second = setup(saved, clock);
    expect(second.s.status()).toBe("running");
    expect(second.s.elapsed()).toBe(12_000);
    second.s.poll();
    expect(second.fired).toEqual([{ label: "Halfway", lateMs: 2_000, batch: 1 }]);
    clock.advance(8_000);
    second.s.poll();
    expect(second.labels()).toEqual(["Halfway", "step 1", "Cheeks, left"]);
  });

  it("resumes a paused session after a reload where it was paused", () => {
    const first = setup();
    first.s.start();
    first.clock.advance(30_000);
    first.s.pause();
    const saved = first.s.state();
    first.clock.advance(600_000);
    first.clock.reload();
    const second = setup(saved, first.clock);
    expect(second.s.status()).toBe("paused");
    expect(second.s.elapsed()).toBe(30_000);
  });

  it("resumes paused where it was saved when the page was gone longer than the resume gap", () => {
    const first = setup();
    first.s.start();
    first.clock.advance(8_000);
    const saved = first.s.state();
    // Closed at 8 s and opened again 2 min 1 s later: inside the plan's minute, yet nobody was guided.
    first.clock.advance(RESUME_GAP_MS + 1_000);
    first.clock.reload();
    const second = setup(saved, first.clock);
    expect(second.s.status()).toBe("paused");
    expect(second.s.elapsed()).toBe(8_000);
    second.s.poll();
    expect(second.fired).toEqual([]);
  });

  it("resumes paused, not at the end, when the reload comes long after the session would have ended", () => {
    const first = setup();
    first.s.start();
    first.clock.advance(8_000);
    const saved = first.s.state();
    first.clock.advance(60 * 60_000);
    first.clock.reload();
    const second = setup(saved, first.clock);
    expect(second.s.status()).toBe("paused");
    expect(second.s.elapsed()).toBe(8_000);
  });

  it("after a clock jump fires every due event once, in target order, in one batch with its lateness", () => {
    const { s, clock, fired } = setup();
    s.start();
    clock.advance(52_000);
    s.poll();
    s.poll();
    expect(fired).toEqual([
      { label: "step 0", lateMs: 0, batch: 1 },
      { label: "Collarbone", lateMs: 0, batch: 1 },
      { label: "Halfway", lateMs: 42_000, batch: 2 },
      { label: "step 1", lateMs: 32_000, batch: 2 },
      { label: "Cheeks, left", lateMs: 32_000, batch: 2 },
      { label: "Switch side", lateMs: 17_000, batch: 2 },
      { label: "step 2", lateMs: 2_000, batch: 2 },
      { label: "Forehead", lateMs: 2_000, batch: 2 },
    ]);
    expect(s.step()).toBe(2);
  });

  it("ends once at the end of the timeline, however far past it the clock is", () => {
    const { s, clock, labels, last } = setup();
    s.start();
    clock.advance(3_600_000);
    s.poll();
    expect(labels().at(-1)).toBe("end");
    expect(labels().filter((l) => l === "end")).toHaveLength(1);
    expect(s.status()).toBe("ended");
    expect(s.elapsed()).toBe(60_000);
    expect(last()?.status).toBe("ended");
    expect(s.msToNext()).toBeNull();
  });

  it("never runs backwards when the monotonic clock steps back", () => {
    const { s, clock } = setup();
    s.start();
    clock.advance(10_000);
    expect(s.elapsed()).toBe(10_000);
    clock.advance(-4_000);
    expect(s.elapsed()).toBe(10_000);
  });

  it("ending early keeps the elapsed time for a partial record", () => {
    const { s, clock } = setup();
    s.start();
    clock.advance(33_000);
    s.end();
    clock.advance(10_000);
    expect(s.status()).toBe("ended");
    expect(s.elapsed()).toBe(33_000);
  });

  it("skip on the last step ends the session; back in the first step restarts it", () => {
    const { s, clock, labels } = setup();
    s.start();
    clock.advance(1_000);
    s.back();
    expect(s.elapsed()).toBe(0);
    expect(labels()).toEqual(["step 0", "Collarbone", "step 0", "Collarbone"]);
    clock.advance(52_000);
    s.poll();
    s.skip();
    expect(s.status()).toBe("ended");
    expect(s.elapsed()).toBe(60_000);
    expect(labels().at(-1)).toBe("end");
  });
});
