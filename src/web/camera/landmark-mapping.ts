import type { FaceAnchors } from "../../core/camera/face-anchors.ts";
import type { Point } from "../../core/camera/point.ts";
import type { HandTips } from "../../core/camera/stroke-coach.ts";

/** What the models found in one picture, in its pixel coordinates. */
export interface Landmarks {
  readonly face: FaceAnchors | undefined;
  readonly hands: readonly HandTips[];
}

/** A model point: x, y in picture pixels, and a depth the coach does not use. */
export type ModelPoint = readonly [number, number, number?];

/**
 * The facemesh points (MediaPipe's 468-point topology) that make the anchors: the two corners of
 * each eye averaged, the nose tip, the mouth corners and the chin. Points 263/362 and 291 are the
 * person's own left, whichever way the picture is mirrored on screen.
 */
export const FACE_POINTS = {
  leftEye: [263, 362],
  rightEye: [33, 133],
  noseTip: 1,
  mouthLeft: 291,
  mouthRight: 61,
  chin: 152,
} as const;

/** The hand model's fingertip points (21-point topology). */
export const HAND_TIPS = { thumb: 4, index: 8, middle: 12, ring: 16 } as const;

const at = (mesh: readonly ModelPoint[], i: number): Point | undefined => {
  const p = mesh[i];
  return p ? { x: p[0], y: p[1] } : undefined;
};

/** The anchors of a face mesh, or undefined when it is not a full mesh. */
export function anchorsFromMesh(mesh: readonly ModelPoint[]): FaceAnchors | undefined {
  const pair = (a: number, b: number) => {
    const p = at(mesh, a);
    const q = at(mesh, b);
    return p && q ? { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } : undefined;
  };
  const leftEye = pair(...FACE_POINTS.leftEye);
  const rightEye = pair(...FACE_POINTS.rightEye);
  const noseTip = at(mesh, FACE_POINTS.noseTip);
  const mouthLeft = at(mesh, FACE_POINTS.mouthLeft);
  const mouthRight = at(mesh, FACE_POINTS.mouthRight);
  const chin = at(mesh, FACE_POINTS.chin);
  if (!leftEye || !rightEye || !noseTip || !mouthLeft || !mouthRight || !chin) return undefined;
  return { leftEye, rightEye, noseTip, mouthLeft, mouthRight, chin };
}

/** The fingertips of a hand's keypoints. */
export function tipsFromKeypoints(points: readonly ModelPoint[]): HandTips {
  const tips: { thumb?: Point; index?: Point; middle?: Point; ring?: Point } = {};
  for (const [name, i] of Object.entries(HAND_TIPS) as [keyof typeof HAND_TIPS, number][]) {
    const p = at(points, i);
    if (p) tips[name] = p;
  }
  return tips;
}
