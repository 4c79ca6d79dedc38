import type { FaceAnchors } from "./face-anchors.ts";
import type { Point } from "./point.ts";

/** A face 80 px between the eyes, upright, the person's left eye on the picture's right. */
export const plainFace: FaceAnchors = {
  leftEye: { x: 240, y: 200 },
  rightEye: { x: 160, y: 200 },
  noseTip: { x: 200, y: 260 },
  mouthLeft: { x: 225, y: 296 },
  mouthRight: { x: 175, y: 296 },
  chin: { x: 200, y: 345 },
};

/** The anchors as a mirrored picture `width` wide shows them (a selfie preview). */
export function mirrored(a: FaceAnchors, width: number): FaceAnchors {
  const m = (p: Point) => ({ x: width - p.x, y: p.y });
  return {
    leftEye: m(a.leftEye),
    rightEye: m(a.rightEye),
    noseTip: m(a.noseTip),
    mouthLeft: m(a.mouthLeft),
    mouthRight: m(a.mouthRight),
    chin: m(a.chin),
  };
}
