import { describe, expect, it } from "vitest";
import { tapGuard } from "./tap-guard.ts";

describe("the tap guard", () => {
  it("takes a tap, drops the second half of a double tap, and takes the next tap", () => {
    let t = 1000;
    const guard = tapGuard(() => t);
    expect(guard.accept("remove-2")).toBe(true);
    t += 150;
    expect(guard.accept("remove-2")).toBe(false);
    t += 300; // 450 ms after the accepted tap
    expect(guard.accept("remove-2")).toBe(true);
    t += 399;
    expect(guard.accept("remove-2")).toBe(false);
  });

  it("takes quick taps on different controls", () => {
    let t = 1000;
    const guard = tapGuard(() => t);
    expect(guard.accept("add")).toBe(true);
    t += 100;
    expect(guard.accept("remove-2")).toBe(true);
    t += 100;
    expect(guard.accept("add")).toBe(true);
  });
});
