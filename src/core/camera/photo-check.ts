import type { FaceAnchors } from "./face-anchors.ts";
import { type FaceFrame, faceFrame, fromFace, toFace } from "./face-frame.ts";

/** The pixels of a picture as a canvas gives them: RGBA bytes, row by row. */
export interface Rgba {
  readonly data: ArrayLike<number>;
  readonly width: number;
  readonly height: number;
}

/** Something about a progress photo worth retaking for; a photo is never refused. */
export type PhotoIssue =
  | "no-face"
  | "too-dark"
  | "one-side-lit"
  | "blurred"
  | "face-small"
  | "turned"
  | "tilted";

/** What the check measured, and what it found. */
export interface PhotoCheck {
  readonly issues: readonly PhotoIssue[];
  /** Mean brightness of the face, 0–255. */
  readonly brightness: number;
  /** How much darker the darker half of the face is than the lighter, 0–1. */
  readonly sideDifference: number;
  /**
   * Fine detail in the face: the variance of the Laplacian over the face, sampled on a grid fixed
   * to the face (a twentieth of the eye distance apart), divided by the variance of brightness.
   */
  readonly sharpness: number;
}

/** Thresholds, each a judgement made on test pictures (see photo-check tests). */
export const PHOTO_LIMITS = {
  darkBelow: 60,
  sideDifferenceAbove: 0.3,
  blurredBelow: 0.1,
  /** Eye distance as a share of the picture's shorter side. */
  smallBelow: 0.08,
  /** The nose tip this far (face units) off the line between the eyes' middle and the chin. */
  turnedAbove: 0.18,
  tiltedDegreesAbove: 8,
} as const;

/** The face region sampled: across the cheeks and from the brows to below the chin. */
const REGION = { left: -1.1, right: 1.1, top: -0.9, bottom: 2.1 } as const;
const GRID_W = 44;
const GRID_H = 60;

function lumaAt(img: Rgba, x: number, y: number): number | undefined {
  const xi = Math.round(x);
  const yi = Math.round(y);
  if (xi < 0 || yi < 0 || xi >= img.width || yi >= img.height) return undefined;
  const i = (yi * img.width + xi) * 4;
  return (
    0.2126 * (img.data[i] ?? 0) + 0.7152 * (img.data[i + 1] ?? 0) + 0.0722 * (img.data[i + 2] ?? 0)
  );
}

/** The face's brightness on a grid in face units, so every measure is the same at any size. */
function sampleFace(img: Rgba, frame: FaceFrame): (number | undefined)[][] {
  const rows: (number | undefined)[][] = [];
  for (let j = 0; j < GRID_H; j++) {
    const row: (number | undefined)[] = [];
    const fy = REGION.top + ((j + 0.5) / GRID_H) * (REGION.bottom - REGION.top);
    for (let i = 0; i < GRID_W; i++) {
      const fx = REGION.left + ((i + 0.5) / GRID_W) * (REGION.right - REGION.left);
      const p = fromFace(frame, { x: fx, y: fy });
      row.push(lumaAt(img, p.x, p.y));
    }
    rows.push(row);
  }
  return rows;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function lumaVariance(grid: (number | undefined)[][]): number {
  const values = grid.flat().filter((v): v is number => v !== undefined);
  const m = mean(values);
  return mean(values.map((v) => (v - m) ** 2));
}

function laplacianVariance(grid: (number | undefined)[][]): number {
  const values: number[] = [];
  for (let j = 1; j < grid.length - 1; j++) {
    for (let i = 1; i < GRID_W - 1; i++) {
      const c = grid[j]?.[i];
      const n = [grid[j - 1]?.[i], grid[j + 1]?.[i], grid[j]?.[i - 1], grid[j]?.[i + 1]];
      if (c === undefined || n.some((v) => v === undefined)) continue;
      values.push((n as number[]).reduce((a, b) => a + b, 0) - 4 * c);
    }
  }
  const m = mean(values);
  return mean(values.map((v) => (v - m) ** 2));
}

/**
 * Checks a progress photo before it is saved, from its pixels and the face found in it: too dark,
 * lit from one side, blurred, the face too small, turned or tilted. Each issue is a reason to offer
 * a retake, never to refuse the photo. Without a face only `no-face` is said.
 */
export function checkPhoto(img: Rgba, face: FaceAnchors | undefined): PhotoCheck {
  const frame = face ? faceFrame(face) : undefined;
  if (!face || !frame) {
    return { issues: ["no-face"], brightness: 0, sideDifference: 0, sharpness: 0 };
  }
  const grid = sampleFace(img, frame);
  const left: number[] = [];
  const right: number[] = [];
  for (const row of grid) {
    row.forEach((v, i) => {
      if (v === undefined) return;
      // Face x grows toward the person's left.
      if (i >= GRID_W / 2) left.push(v);
      else right.push(v);
    });
  }
  const brightness = mean([...left, ...right]);
  const [a, b] = [mean(left), mean(right)];
  const sideDifference = Math.max(a, b) === 0 ? 0 : Math.abs(a - b) / Math.max(a, b);
  // Detail against contrast: a dim, flat face and a bright, contrasty one are judged alike.
  const spread = lumaVariance(grid);
  const sharpness = spread === 0 ? 0 : laplacianVariance(grid) / spread;
  const issues: PhotoIssue[] = [];
  if (brightness < PHOTO_LIMITS.darkBelow) issues.push("too-dark");
  else if (sideDifference > PHOTO_LIMITS.sideDifferenceAbove) issues.push("one-side-lit");
  if (sharpness < PHOTO_LIMITS.blurredBelow) issues.push("blurred");
  if (frame.unit / Math.min(img.width, img.height) < PHOTO_LIMITS.smallBelow) {
    issues.push("face-small");
  }
  const nose = toFace(frame, face.noseTip);
  const chin = toFace(frame, face.chin);
  // Turned: the nose tip leaves the line from between the eyes to the chin.
  const line = chin.y === 0 ? 0 : (chin.x * nose.y) / chin.y;
  if (Math.abs(nose.x - line) > PHOTO_LIMITS.turnedAbove) issues.push("turned");
  const tilt = Math.abs((Math.atan2(frame.xAxis.y, Math.abs(frame.xAxis.x)) * 180) / Math.PI);
  if (tilt > PHOTO_LIMITS.tiltedDegreesAbove) issues.push("tilted");
  return {
    issues,
    brightness: Math.round(brightness),
    sideDifference: Math.round(sideDifference * 100) / 100,
    sharpness: Math.round(sharpness * 100) / 100,
  };
}
