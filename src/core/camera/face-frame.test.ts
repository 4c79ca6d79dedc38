import { describe, expect, it } from "vitest";
import { mirrored, plainFace } from "./face-fixtures.test-support.ts";
import { faceFrame, fromFace, toFace } from "./face-frame.ts";

describe("faceFrame", () => {
  it("puts the eyes at ±0.5 and the chin below, in eye-distance units", () => {
    const f = faceFrame(plainFace);
    if (!f) throw new Error("no frame");
    expect(f.unit).toBe(80);
    const left = toFace(f, plainFace.leftEye);
    const chin = toFace(f, plainFace.chin);
    expect([left.x, left.y]).toEqual([0.5, 0]);
    expect(chin.x).toBeCloseTo(0, 10);
    expect(chin.y).toBeCloseTo(145 / 80, 10);
  });

  it("gives the same face coordinates in a mirrored picture", () => {
    const plain = faceFrame(plainFace);
    const selfie = faceFrame(mirrored(plainFace, 400));
    if (!plain || !selfie) throw new Error("no frame");
    // A fingertip on the person's left cheek, seen in each picture.
    const cheek = toFace(plain, { x: 250, y: 250 });
    const seen = toFace(selfie, { x: 150, y: 250 });
    expect(seen.x).toBeCloseTo(cheek.x, 10);
    expect(seen.y).toBeCloseTo(cheek.y, 10);
  });

  it("maps face units back to the picture", () => {
    const f = faceFrame(plainFace);
    if (!f) throw new Error("no frame");
    const p = fromFace(f, { x: 0.8, y: 1.1 });
    const back = toFace(f, p);
    expect(back.x).toBeCloseTo(0.8, 10);
    expect(back.y).toBeCloseTo(1.1, 10);
    expect(faceFrame({ ...plainFace, rightEye: plainFace.leftEye })).toBeUndefined();
  });
});
