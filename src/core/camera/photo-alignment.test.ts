import { describe, expect, it } from "vitest";
import { coverTransform } from "./photo-alignment.ts";
import { applySimilarity } from "./similarity.ts";

describe("coverTransform", () => {
  it("scales a picture to cover a frame of another shape, centred", () => {
    const t = coverTransform({ width: 400, height: 300 }, { width: 600, height: 600 });
    expect(t).toEqual({ scale: 2, angle: 0, tx: -100, ty: 0 });
    expect(applySimilarity(t, { x: 200, y: 150 })).toEqual({ x: 300, y: 300 });
  });

  it("changes nothing for a picture the frame's own size", () => {
    expect(coverTransform({ width: 640, height: 480 }, { width: 640, height: 480 })).toEqual({
      scale: 1,
      angle: 0,
      tx: 0,
      ty: 0,
    });
  });
});
