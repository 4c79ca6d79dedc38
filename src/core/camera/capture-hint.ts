import type { FaceAnchors } from "./face-anchors.ts";
import { faceFrame } from "./face-frame.ts";
import { distance, midpoint } from "./point.ts";

/** What to change so the live picture matches the first photo of the series. */
export type CaptureHintCode =
  | "matched"
  | "closer"
  | "further"
  | "move-left"
  | "move-right"
  | "move-up"
  | "move-down"
  | "tilt-left"
  | "tilt-right";

/** How far from the first photo a live face may be and still count as lined up. */
export const CAPTURE_TOLERANCE = {
  /** The eye distance may differ by this share. */
  scale: 0.08,
  /** The point between the eyes may be this share of the picture's width away. */
  shift: 0.06,
  /** The eye line may differ by this many degrees. */
  tiltDegrees: 4,
} as const;

/** Picture size, so shifts are judged as a share of it. */
export interface PictureSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The one change that matters most to line the live face up with the first photo of a series,
 * both in the coordinates of what the person sees (a mirrored preview shows their left on the
 * left, so "move left" means toward the left of the screen): size first (closer or further),
 * then position, then tilt. `matched` when all are within {@link CAPTURE_TOLERANCE}.
 */
export function captureHint(
  first: FaceAnchors,
  live: FaceAnchors,
  size: PictureSize,
): CaptureHintCode {
  const a = faceFrame(first);
  const b = faceFrame(live);
  if (!a || !b) return "matched";
  const ratio = b.unit / a.unit;
  if (ratio < 1 - CAPTURE_TOLERANCE.scale) return "closer";
  if (ratio > 1 + CAPTURE_TOLERANCE.scale) return "further";
  const from = midpoint(live.leftEye, live.rightEye);
  const to = midpoint(first.leftEye, first.rightEye);
  const dx = (to.x - from.x) / size.width;
  const dy = (to.y - from.y) / size.height;
  if (Math.max(Math.abs(dx), Math.abs(dy)) > CAPTURE_TOLERANCE.shift) {
    if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? "move-left" : "move-right";
    return dy < 0 ? "move-up" : "move-down";
  }
  // Tilt: the eye line's angle on screen, the live one against the first.
  const angle = (f: FaceAnchors) => {
    const left = f.leftEye.x < f.rightEye.x ? f.leftEye : f.rightEye;
    const right = left === f.leftEye ? f.rightEye : f.leftEye;
    return (Math.atan2(right.y - left.y, right.x - left.x) * 180) / Math.PI;
  };
  const tilt = angle(live) - angle(first);
  if (distance(live.leftEye, live.rightEye) > 0 && Math.abs(tilt) > CAPTURE_TOLERANCE.tiltDegrees)
    // The screen's right side is lower than it should be: tilt the head back toward the left.
    return tilt > 0 ? "tilt-left" : "tilt-right";
  return "matched";
}
