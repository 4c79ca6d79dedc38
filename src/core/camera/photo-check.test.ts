import { describe, expect, it } from "vitest";
import { type FaceAnchors, mapAnchors } from "./face-anchors.ts";
import { plainFace } from "./face-fixtures.test-support.ts";
import { checkPhoto, type Rgba } from "./photo-check.ts";
import { applySimilarity } from "./similarity.ts";

const W = 200;
const H = 250;
/** The test face at half size: 40 px between the eyes, in a 200 × 250 picture. */
const face = mapAnchors(plainFace, (p) => ({ x: p.x / 2, y: p.y / 2 }));
/** Eyes, mouth, nostrils and brows as dark shapes with crisp edges: [cx, cy, rx, ry]. */
const FEATURES = [
  [120, 100, 8, 3.5],
  [80, 100, 8, 3.5],
  [100, 148, 13, 3],
  [100, 130, 4, 2],
  [120, 88, 10, 2],
  [80, 88, 10, 2],
] as const;

/** A simple drawn face, lit by `light(x, y)` (1 = as drawn). */
function picture(light: (x: number, y: number) => number = () => 1): Rgba {
  const data = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let v = 170 - Math.abs(x - 100) * 0.3 + (y > 175 ? -40 : 0);
      for (const [cx, cy, rx, ry] of FEATURES)
        if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) v = 70;
      const i = (y * W + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = v * light(x, y);
      data[i + 3] = 255;
    }
  }
  return { data, width: W, height: H };
}

/** `passes` rounds of a 3 × 3 box blur (16 rounds is about a 3-pixel Gaussian). */
function blurred(img: Rgba, passes: number): Rgba {
  let src = Uint8ClampedArray.from(img.data);
  for (let n = 0; n < passes; n++) {
    const out = new Uint8ClampedArray(src.length);
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        let sum = 0;
        let count = 0;
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const xx = x + dx;
            const yy = y + dy;
            if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
            sum += src[(yy * W + xx) * 4] ?? 0;
            count++;
          }
        const i = (y * W + x) * 4;
        out[i] = out[i + 1] = out[i + 2] = sum / count;
        out[i + 3] = 255;
      }
    }
    src = out;
  }
  return { data: src, width: W, height: H };
}

const around = (scale: number, angle: number): FaceAnchors => {
  const c = { x: 100, y: 100 };
  return mapAnchors(face, (p) => {
    const q = applySimilarity({ scale, angle, tx: 0, ty: 0 }, { x: p.x - c.x, y: p.y - c.y });
    return { x: q.x + c.x, y: q.y + c.y };
  });
};

describe("checkPhoto", () => {
  const even = picture();

  it("passes an evenly lit, sharp, upright face that fills enough of the picture", () => {
    expect(checkPhoto(even, face).issues).toEqual([]);
  });

  it("says when the face is too dark, or lit from one side", () => {
    expect(
      checkPhoto(
        picture(() => 0.3),
        face,
      ).issues,
    ).toEqual(["too-dark"]);
    // The person's left (the picture's right, in a plain picture) in shadow.
    const sided = checkPhoto(
      picture((x) => (x > 100 ? 0.45 : 1)),
      face,
    );
    expect(sided.issues).toEqual(["one-side-lit"]);
    expect(sided.sideDifference).toBeGreaterThan(0.4);
  });

  it("says when the picture is blurred, and not when it is only a little soft", () => {
    expect(checkPhoto(blurred(even, 2), face).issues).toEqual([]);
    expect(checkPhoto(blurred(even, 16), face).issues).toEqual(["blurred"]);
  });

  it("says when the face is too small, turned or tilted, and when there is none", () => {
    expect(checkPhoto(even, around(0.3, 0)).issues).toContain("face-small");
    expect(checkPhoto(even, { ...face, noseTip: { x: 113, y: 130 } }).issues).toEqual(["turned"]);
    expect(checkPhoto(even, around(1, (12 * Math.PI) / 180)).issues).toEqual(["tilted"]);
    expect(checkPhoto(even, undefined).issues).toEqual(["no-face"]);
  });
});
