import { centroid, type Point } from "./point.ts";

/**
 * A similarity transform of the plane: rotate by `angle` (radians, clockwise on screen since y
 * points down), scale by `scale`, then shift by (tx, ty). It keeps shapes, so mapping one photo's
 * face onto another's lines up the eyes, nose and mouth without distorting the skin.
 */
export interface Similarity {
  readonly scale: number;
  readonly angle: number;
  readonly tx: number;
  readonly ty: number;
}

/** The transform that changes nothing. */
export const IDENTITY: Similarity = { scale: 1, angle: 0, tx: 0, ty: 0 };

/** Where `p` lands under `t`. */
export function applySimilarity(t: Similarity, p: Point): Point {
  const c = Math.cos(t.angle) * t.scale;
  const s = Math.sin(t.angle) * t.scale;
  return { x: c * p.x - s * p.y + t.tx, y: s * p.x + c * p.y + t.ty };
}

/** The transform that undoes `t`. */
export function invertSimilarity(t: Similarity): Similarity {
  const scale = 1 / t.scale;
  const angle = -t.angle;
  const c = Math.cos(angle) * scale;
  const s = Math.sin(angle) * scale;
  return { scale, angle, tx: -(c * t.tx - s * t.ty), ty: -(s * t.tx + c * t.ty) };
}

/**
 * The similarity that best maps `from` onto `to` (matched point for point) in the least-squares
 * sense: the closed form of Umeyama (1991) for two dimensions. Needs two points or more that do
 * not all coincide; returns undefined otherwise.
 */
export function fitSimilarity(
  from: readonly Point[],
  to: readonly Point[],
): Similarity | undefined {
  const n = Math.min(from.length, to.length);
  if (n < 2) return undefined;
  const a = centroid(from.slice(0, n));
  const b = centroid(to.slice(0, n));
  // Cross-covariance terms and the spread of `from` around its centre.
  let sxx = 0;
  let sxy = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    const p = from[i] as Point;
    const q = to[i] as Point;
    const px = p.x - a.x;
    const py = p.y - a.y;
    const qx = q.x - b.x;
    const qy = q.y - b.y;
    sxx += px * qx + py * qy;
    sxy += px * qy - py * qx;
    spread += px * px + py * py;
  }
  if (spread === 0) return undefined;
  const angle = Math.atan2(sxy, sxx);
  const scale = Math.hypot(sxx, sxy) / spread;
  const c = Math.cos(angle) * scale;
  const s = Math.sin(angle) * scale;
  return { scale, angle, tx: b.x - (c * a.x - s * a.y), ty: b.y - (s * a.x + c * a.y) };
}
