import type { FaceAnchors } from "./face-anchors.ts";
import { add, distance, dot, midpoint, norm, type Point, scale, sub, unit } from "./point.ts";

/**
 * A frame fixed to the face, so hands and zones can be compared however the head sits in the
 * picture: the origin between the eyes, x toward the person's own left eye, y toward the chin
 * (square to x), and one unit the distance between the eyes (about 6 cm on an adult). Built
 * from anchors named for the person, it is the same for a mirrored or a plain picture.
 */
export interface FaceFrame {
  readonly origin: Point;
  readonly xAxis: Point;
  readonly yAxis: Point;
  /** Picture pixels per face unit. */
  readonly unit: number;
}

/** The frame of a face, or undefined when its eyes coincide (no face to speak of). */
export function faceFrame(a: FaceAnchors): FaceFrame | undefined {
  const eyes = distance(a.leftEye, a.rightEye);
  if (eyes === 0) return undefined;
  const origin = midpoint(a.leftEye, a.rightEye);
  const xAxis = unit(sub(a.leftEye, a.rightEye));
  // Down is toward the mouth, made square to the eye line; the picture's own handedness (a
  // mirrored selfie view) plays no part.
  const toMouth = sub(midpoint(a.mouthLeft, a.mouthRight), origin);
  const down = sub(toMouth, scale(xAxis, dot(toMouth, xAxis)));
  const yAxis = norm(down) === 0 ? { x: -xAxis.y, y: xAxis.x } : unit(down);
  return { origin, xAxis, yAxis, unit: eyes };
}

/** A picture point in face units. */
export function toFace(f: FaceFrame, p: Point): Point {
  const d = sub(p, f.origin);
  return { x: dot(d, f.xAxis) / f.unit, y: dot(d, f.yAxis) / f.unit };
}

/** A face-unit point back in the picture. */
export function fromFace(f: FaceFrame, p: Point): Point {
  return add(f.origin, add(scale(f.xAxis, p.x * f.unit), scale(f.yAxis, p.y * f.unit)));
}

/** A picture vector (a movement) in face units. */
export function vectorToFace(f: FaceFrame, v: Point): Point {
  return { x: dot(v, f.xAxis) / f.unit, y: dot(v, f.yAxis) / f.unit };
}
