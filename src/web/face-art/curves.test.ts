import { describe, expect, it } from "vitest";
import {
  blobPath,
  curvePath,
  mirrorPt,
  oval,
  pointAlong,
  polylinePath,
  pts,
  sampleCurve,
  symmetricBlob,
  track,
} from "./curves.ts";

describe("curves", () => {
  it("draws a smooth curve through every point, ends included", () => {
    expect(
      curvePath([
        [0, 0],
        [10, 0],
        [20, 10],
      ]),
    ).toBe("M0 0C1.7 0 6.7 -1.7 10 0C13.3 1.7 18.3 8.3 20 10");
    expect(
      blobPath([
        [0, 0],
        [10, 0],
        [10, 10],
      ]),
    ).toBe("M0 0C0 -1.7 8.3 -1.7 10 0C11.7 1.7 11.7 10 10 10C8.3 10 0 1.7 0 0Z");
  });

  it("closes a left half into a shape symmetric about the midline (x = 120)", () => {
    expect(
      symmetricBlob([
        [120, 0],
        [100, 10],
        [120, 20],
      ]),
    ).toBe(
      "M120 0C113.3 0 100 6.7 100 10C100 13.3 113.3 20 120 20C126.7 20 140 13.3 140 10C140 6.7 126.7 0 120 0Z",
    );
    expect(mirrorPt([100.25, 7])).toEqual([139.8, 7]);
  });

  it("finds a point by its share of the length, and the heading there", () => {
    const t = track([
      [0, 0],
      [30, 0],
      [30, 40],
    ]);
    expect(t.length).toBe(70);
    expect(pointAlong(t, 0.25)).toEqual({ x: 17.5, y: 0, angle: 0 });
    expect(pointAlong(t, 0.5)).toEqual({ x: 30, y: 5, angle: 90 });
    expect(pointAlong(t, 2)).toEqual({ x: 30, y: 40, angle: 90 });
    expect(pointAlong(t, -1)).toEqual({ x: 0, y: 0, angle: 0 });
  });

  it("reads points written as in SVG", () => {
    expect(pts("1 2, 3.5 -4")).toEqual([
      [1, 2],
      [3.5, -4],
    ]);
  });

  it("samples a curve evenly per segment, and draws a polyline", () => {
    expect(
      sampleCurve(
        [
          [0, 0],
          [10, 0],
        ],
        2,
      ),
    ).toEqual([
      [0, 0],
      [5, 0],
      [10, 0],
    ]);
    expect(
      polylinePath([
        [0, 0],
        [5, 2.25],
      ]),
    ).toBe("M0 0L5 2.3");
  });

  it("puts eight points round an oval, starting on its long axis", () => {
    const points = oval([10, 10], 4, 2);
    expect(points).toHaveLength(8);
    expect(points[0]).toEqual([14, 10]);
    expect(points[2]).toEqual([10, 12]);
    expect(oval([0, 0], 4, 2, 90)[0]).toEqual([0, 4]);
  });
});
