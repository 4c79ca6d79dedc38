import { describe, expect, it } from "vitest";
import { clockText, leftMs, pauseTimer, readyTimer, runTimer } from "./plain-timer.ts";

describe("plain timer", () => {
  it("counts down while running, holds while paused and stops at zero", () => {
    const ready = readyTimer(10);
    expect(clockText(leftMs(ready, 0))).toBe("10:00");
    const running = runTimer(ready, 1_000);
    expect(clockText(leftMs(running, 1_000 + 55_500))).toBe("9:05");
    const paused = pauseTimer(running, 61_000);
    expect(leftMs(paused, 999_999)).toBe(540_000);
    const resumed = runTimer(paused, 100_000);
    expect(leftMs(resumed, 100_000 + 539_999)).toBe(1);
    expect(leftMs(resumed, 100_000 + 600_000)).toBe(0);
    expect(clockText(0)).toBe("0:00");
  });

  it("pausing a timer that is not running changes nothing", () => {
    const ready = readyTimer(3);
    expect(pauseTimer(ready, 5)).toBe(ready);
  });
});
