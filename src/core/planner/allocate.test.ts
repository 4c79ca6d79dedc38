import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.ts";

describe("allocate", () => {
  it.each([
    [[1, 1, 1], [16, 16, 16], 60, [20, 20, 20]],
    [[1, 1, 1], [16, 16, 16], 61, [21, 20, 20]],
    [[2, 1, 1], [16, 16, 16], 64, [24, 20, 20]],
    [[3, 1], [32, 16], 48, [32, 16]],
    [[0.5, 2.5, 0.5], [16, 16, 16], 100, [24, 53, 23]],
    [[1, 2], [16, 16], 33, [16, 17]],
  ])("weights %j, minimums %j, total %i -> %j", (weights, minimums, total, expected) => {
    const parts = allocate(weights, minimums, total);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("never gives a part less than its minimum and always sums exactly", () => {
    for (let total = 48; total <= 1200; total += 7) {
      const weights = [0.5, 1, 2.4, 3, 0.6, 1.2];
      const minimums = [16, 32, 16, 16, 16, 32].map((m) => (total >= 128 ? m : 8));
      const parts = allocate(weights, minimums, total);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((p, i) => {
        expect(p).toBeGreaterThanOrEqual(minimums[i] ?? 0);
      });
    }
  });
});
