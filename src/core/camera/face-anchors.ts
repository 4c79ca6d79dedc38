import type { Point } from "./point.ts";

/**
 * The few face points alignment and coaching need, in picture coordinates, named for the
 * person (their left eye, their left mouth corner), whichever way the picture is mirrored.
 */
export interface FaceAnchors {
  readonly leftEye: Point;
  readonly rightEye: Point;
  readonly noseTip: Point;
  readonly mouthLeft: Point;
  readonly mouthRight: Point;
  readonly chin: Point;
}

/** The anchors in a fixed order, for fitting one face onto another point for point. */
export function anchorList(a: FaceAnchors): readonly Point[] {
  return [a.leftEye, a.rightEye, a.noseTip, a.mouthLeft, a.mouthRight, a.chin];
}

/** Each anchor moved by `f`. */
export function mapAnchors(a: FaceAnchors, f: (p: Point) => Point): FaceAnchors {
  return {
    leftEye: f(a.leftEye),
    rightEye: f(a.rightEye),
    noseTip: f(a.noseTip),
    mouthLeft: f(a.mouthLeft),
    mouthRight: f(a.mouthRight),
    chin: f(a.chin),
  };
}
