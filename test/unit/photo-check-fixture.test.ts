import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type FaceAnchors, mapAnchors } from "../../src/core/camera/face-anchors.ts";
import { checkPhoto, type Rgba } from "../../src/core/camera/photo-check.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Reads a binary PPM (P6) into RGBA pixels. */
function readPpm(path: string): Rgba {
  const bytes = readFileSync(path);
  const header = bytes.toString("latin1", 0, 32).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header?.[1] || !header[2]) throw new Error(`${path} is not a P6 PPM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = bytes[start + i * 3] ?? 0;
    data[i * 4 + 1] = bytes[start + i * 3 + 1] ?? 0;
    data[i * 4 + 2] = bytes[start + i * 3 + 2] ?? 0;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/** The picture with each pixel's light multiplied by `light(x, y)`. */
function relit(img: Rgba, light: (x: number, y: number) => number): Rgba {
  const data = new Uint8ClampedArray(img.data.length);
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      const k = light(x, y);
      data[i] = (img.data[i] ?? 0) * k;
      data[i + 1] = (img.data[i + 1] ?? 0) * k;
      data[i + 2] = (img.data[i + 2] ?? 0) * k;
      data[i + 3] = 255;
    }
  return { data, width: img.width, height: img.height };
}

/** A 5-tap binomial blur, `passes` times each way. */
function softened(img: Rgba, passes: number): Rgba {
  const w = [1, 4, 6, 4, 1];
  let src = Uint8ClampedArray.from(img.data);
  for (let n = 0; n < passes * 2; n++) {
    const horizontal = n % 2 === 0;
    const out = new Uint8ClampedArray(src.length);
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++)
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          let total = 0;
          for (let k = -2; k <= 2; k++) {
            const xx = horizontal ? x + k : x;
            const yy = horizontal ? y : y + k;
            if (xx < 0 || yy < 0 || xx >= img.width || yy >= img.height) continue;
            sum += (src[(yy * img.width + xx) * 4 + c] ?? 0) * (w[k + 2] ?? 0);
            total += w[k + 2] ?? 0;
          }
          out[(y * img.width + x) * 4 + c] = sum / total;
        }
    for (let i = 3; i < out.length; i += 4) out[i] = 255;
    src = out;
  }
  return { data: src, width: img.width, height: img.height };
}

describe("the photo check on a real portrait (NASA, public domain)", () => {
  const photo = readPpm(fixture("astronaut-160.ppm"));
  const recorded = JSON.parse(readFileSync(fixture("astronaut-384.anchors.json"), "utf8")) as {
    anchors: FaceAnchors;
  };
  // The anchors were recorded on the 384-pixel copy; this one is 160 pixels.
  const face = mapAnchors(recorded.anchors, (p) => ({
    x: (p.x * 160) / 384,
    y: (p.y * 160) / 384,
  }));

  it("passes the portrait as it is", () => {
    expect(checkPhoto(photo, face).issues).toEqual([]);
  });

  it("says when one side of the face is darkened, and when the whole picture is", () => {
    // The person's left is the picture's right in this (unmirrored) portrait.
    const middle = (face.leftEye.x + face.rightEye.x) / 2;
    expect(
      checkPhoto(
        relit(photo, (x) => (x > middle ? 0.5 : 1)),
        face,
      ).issues,
    ).toEqual(["one-side-lit"]);
    expect(
      checkPhoto(
        relit(photo, () => 0.35),
        face,
      ).issues,
    ).toEqual(["too-dark"]);
  });

  it("says when the portrait is blurred", () => {
    expect(checkPhoto(softened(photo, 3), face).issues).toContain("blurred");
  });
});
