import { describe, expect, it } from "vitest";
import { fillTime, type Span } from "./fill-time.ts";

const free = (lo: number, hi: number, weight = 1): Span => ({ lo, hi, unit: 0, weight });

describe("fillTime", () => {
  it.each([
    [[free(15, 90), free(15, 90), free(15, 90)], 60, [20, 20, 20]],
    [[free(15, 90), free(15, 90), free(15, 90)], 61, [21, 20, 20]],
    [[free(15, 90, 2), free(15, 90), free(15, 90)], 65, [25, 20, 20]],
    [[free(15, 20), free(15, 90)], 100, [20, 80]],
    [[free(15, 20), free(15, 90)], 200, [20, 90]],
  ])("shares spare time by weight within the bounds: %j in %i s", (spans, total, expected) => {
    expect(fillTime(spans, total)).toEqual(expected);
  });

  it("keeps a counted block to whole units and lets the free blocks take the rest", () => {
    const roller: Span = { lo: 60, hi: 96, unit: 12, weight: 1 };
    expect(fillTime([free(15, 90), roller, free(15, 90)], 160)).toEqual([38, 84, 38]);
    expect(fillTime([free(15, 90), { ...roller, weight: 3 }, free(15, 90)], 200)).toEqual([
      52, 96, 52,
    ]);
  });

  it("moves a counted block by a unit when the free blocks cannot take what is left", () => {
    expect(fillTime([{ lo: 60, hi: 96, unit: 12, weight: 10 }, free(15, 20)], 100)).toEqual([
      84, 16,
    ]);
  });

  it("gives every block its longest when they cannot fill the time, and the sum says by how much", () => {
    expect(fillTime([free(15, 20), { lo: 32, hi: 40, unit: 8, weight: 1 }], 600)).toEqual([20, 40]);
  });

  it("always sums to the total when the blocks can fill it", () => {
    for (let total = 96; total <= 400; total += 7) {
      const spans = [
        free(15, 20),
        free(15, 90, 2.5),
        { lo: 36, hi: 60, unit: 12, weight: 2 },
        free(30, 120, 1.5),
      ];
      const parts = fillTime(spans, total);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(Math.min(total, 290));
      parts.forEach((p, i) => {
        expect(p).toBeGreaterThanOrEqual(spans[i]?.lo ?? 0);
        expect(p).toBeLessThanOrEqual(spans[i]?.hi ?? 0);
      });
    }
  });
});
