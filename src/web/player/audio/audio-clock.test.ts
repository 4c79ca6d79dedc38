import { describe, expect, it } from "vitest";
import { audioNow } from "./audio-clock.ts";

const ctx = (currentTime: number, ts?: { contextTime: number; performanceTime: number }) =>
  ({ currentTime, getOutputTimestamp: ts ? () => ts : undefined }) as unknown as AudioContext;

describe("audioNow", () => {
  it("interpolates between render blocks from the output timestamp", () => {
    expect(audioNow(ctx(10.01, { contextTime: 10, performanceTime: 5000 }), 5004)).toBeCloseTo(
      10.004,
      9,
    );
  });

  it("falls back to currentTime without a timestamp, or with one that is stale or not started", () => {
    expect(audioNow(ctx(10.01), 5004)).toBe(10.01);
    expect(audioNow(ctx(10.01, { contextTime: 0, performanceTime: 0 }), 5004)).toBe(10.01);
    expect(audioNow(ctx(10.01, { contextTime: 10, performanceTime: 5000 }), 9000)).toBe(10.01);
  });
});
