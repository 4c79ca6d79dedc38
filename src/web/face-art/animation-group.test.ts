import { describe, expect, it } from "vitest";
import { animationGroup, type Playable } from "./animation-group.ts";

/** A stand-in for a Web Animation: records what the group sets. */
function fake(): Playable & { paused: boolean; cancelled: boolean } {
  return {
    startTime: null,
    currentTime: null,
    paused: false,
    cancelled: false,
    pause() {
      this.paused = true;
    },
    cancel() {
      this.cancelled = true;
    },
  };
}

describe("an animation group", () => {
  it("starts every animation on one clock, at the moment asked", () => {
    let clock = 10_000;
    const [a, b] = [fake(), fake()];
    const g = animationGroup([a, b], () => clock, 2500, true);
    expect([a.startTime, b.startTime]).toEqual([7500, 7500]);
    clock += 1000;
    expect(g.time()).toBe(3500);
  });

  it("pauses all where they are and resumes them from there, never by rewinding", () => {
    let clock = 0;
    const [a, b] = [fake(), fake()];
    const g = animationGroup([a, b], () => clock, 0, true);
    clock = 4000;
    g.pause();
    expect([a.paused, b.paused, a.currentTime, b.currentTime]).toEqual([true, true, 4000, 4000]);
    clock = 9000;
    expect(g.time()).toBe(4000);
    g.play();
    expect([a.startTime, b.startTime]).toEqual([5000, 5000]);
    expect(g.time()).toBe(4000);
  });

  it("starts paused when asked, and moves to a new moment paused or running", () => {
    let clock = 100;
    const a = fake();
    const g = animationGroup([a], () => clock, 1200, false);
    expect([a.paused, a.currentTime, g.time()]).toEqual([true, 1200, 1200]);
    g.seek(3000);
    expect([a.currentTime, g.time()]).toEqual([3000, 3000]);
    g.play();
    clock = 600;
    g.seek(0);
    expect([a.startTime, g.time()]).toEqual([600, 0]);
    g.cancel();
    expect(a).toMatchObject({ cancelled: true });
  });
});
