import { describe, expect, it } from "vitest";
import { anchorsFromMesh, type ModelPoint, tipsFromKeypoints } from "./landmark-mapping.ts";

describe("landmark mapping", () => {
  it("makes the anchors from the facemesh points, eyes as the mean of their corners", () => {
    const mesh: ModelPoint[] = Array.from({ length: 468 }, (_, i) => [i, 1000 + i, 0]);
    expect(anchorsFromMesh(mesh)).toEqual({
      leftEye: { x: (263 + 362) / 2, y: 1000 + (263 + 362) / 2 },
      rightEye: { x: (33 + 133) / 2, y: 1000 + (33 + 133) / 2 },
      noseTip: { x: 1, y: 1001 },
      mouthLeft: { x: 291, y: 1291 },
      mouthRight: { x: 61, y: 1061 },
      chin: { x: 152, y: 1152 },
    });
    expect(anchorsFromMesh(mesh.slice(0, 100))).toBeUndefined();
  });

  it("takes the thumb, index, middle and ring fingertips", () => {
    const hand: ModelPoint[] = Array.from({ length: 21 }, (_, i) => [i * 10, i]);
    expect(tipsFromKeypoints(hand)).toEqual({
      thumb: { x: 40, y: 4 },
      index: { x: 80, y: 8 },
      middle: { x: 120, y: 12 },
      ring: { x: 160, y: 16 },
    });
  });
});
