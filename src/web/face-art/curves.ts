/**
 * Plane geometry for the face art: points, smooth curves through points, mirroring across the
 * face's midline, and tracks (polylines measured by length) that a hand can follow at an even
 * speed. Pure: no DOM, so motion and geometry are tested without a browser.
 */

/** A point in the picture's view box (x to the right, y down). */
export type Pt = readonly [x: number, y: number];

/** The picture's view box: the head, neck, collarbones and shoulders, facing out. */
export const VIEW_WIDTH = 240;
export const VIEW_HEIGHT = 300;
/** The face's midline; the person's left is drawn left of it, as in a mirror. */
export const MIDLINE = VIEW_WIDTH / 2;

/** Points written as in SVG, "x y, x y, …": the drawing's data stays short and readable. */
export function pts(list: string): readonly Pt[] {
  return list.split(",").map((pair): Pt => {
    const [x, y] = pair.trim().split(/\s+/).map(Number);
    return [x ?? 0, y ?? 0];
  });
}

/** Rounds to one decimal, which is finer than a pixel at any size the picture is shown. */
const r1 = (n: number): number => Math.round(n * 10) / 10;

/** The point mirrored onto the other side of the face. */
export function mirrorPt(p: Pt): Pt {
  return [r1(2 * MIDLINE - p[0]), p[1]];
}

/** Every point mirrored (a left-side shape drawn on the right). */
export function mirrorPts(points: readonly Pt[]): readonly Pt[] {
  return points.map(mirrorPt);
}

/** Eight points round an ellipse centred at `c`, turned `turn` degrees: a smooth closed curve through them is an oval. */
export function oval(c: Pt, rx: number, ry: number, turn = 0): readonly Pt[] {
  const t = (turn * Math.PI) / 180;
  return Array.from({ length: 8 }, (_, k): Pt => {
    const a = (k * Math.PI) / 4;
    const [x, y] = [rx * Math.cos(a), ry * Math.sin(a)];
    return [
      r1(c[0] + x * Math.cos(t) - y * Math.sin(t)),
      r1(c[1] + x * Math.sin(t) + y * Math.cos(t)),
    ];
  });
}

/** One cubic Bézier: its ends and its two control points. */
type Segment = readonly [from: Pt, c1: Pt, c2: Pt, to: Pt];

/**
 * The cubic Bézier control points of a Catmull-Rom spline through `points` (tension ½): the
 * curve passes through each point, smooth at every one. `closed` joins the last point to the
 * first. Returns one [from, c1, c2, to] per segment.
 */
function segments(points: readonly Pt[], closed: boolean): readonly Segment[] {
  const n = points.length;
  const p = (i: number): Pt => {
    const k = closed ? (i + n) % n : Math.max(0, Math.min(n - 1, i));
    return points[k] as Pt;
  };
  const out: Segment[] = [];
  const count = closed ? n : n - 1;
  for (let i = 0; i < count; i++) {
    const [a, b, c, d] = [p(i - 1), p(i), p(i + 1), p(i + 2)];
    out.push([
      b,
      [b[0] + (c[0] - a[0]) / 6, b[1] + (c[1] - a[1]) / 6],
      [c[0] - (d[0] - b[0]) / 6, c[1] - (d[1] - b[1]) / 6],
      c,
    ]);
  }
  return out;
}

const xy = (p: Pt): string => `${r1(p[0])} ${r1(p[1])}`;

/** An SVG path of a smooth open curve through the points, from the first to the last. */
export function curvePath(points: readonly Pt[]): string {
  const first = points[0];
  if (first === undefined) return "";
  if (points.length === 1) return `M${xy(first)}`;
  const body = segments(points, false).map(([, c1, c2, to]) => `C${xy(c1)} ${xy(c2)} ${xy(to)}`);
  return `M${xy(first)}${body.join("")}`;
}

/** An SVG path of a smooth closed shape through the points. */
export function blobPath(points: readonly Pt[]): string {
  const first = points[0];
  if (first === undefined) return "";
  const body = segments(points, true).map(([, c1, c2, to]) => `C${xy(c1)} ${xy(c2)} ${xy(to)}`);
  return `M${xy(first)}${body.join("")}Z`;
}

/**
 * A closed shape symmetric about the midline from its left half, given top to bottom along the
 * left edge (the first and last points on the midline).
 */
export function symmetricBlob(leftHalf: readonly Pt[]): string {
  const right = [...mirrorPts(leftHalf.slice(1, -1))].reverse();
  return blobPath([...leftHalf, ...right]);
}

/** Points along a smooth open curve through `points`, `perSegment` to each segment. */
export function sampleCurve(points: readonly Pt[], perSegment = 16): readonly Pt[] {
  const first = points[0];
  if (first === undefined) return [];
  const out: Pt[] = [first];
  for (const [a, c1, c2, b] of segments(points, false)) {
    for (let k = 1; k <= perSegment; k++) {
      const t = k / perSegment;
      const u = 1 - t;
      const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
      out.push([
        w[0] * a[0] + w[1] * c1[0] + w[2] * c2[0] + w[3] * b[0],
        w[0] * a[1] + w[1] * c1[1] + w[2] * c2[1] + w[3] * b[1],
      ]);
    }
  }
  return out;
}

/** A polyline measured along its length, for moving at an even speed. */
export interface Track {
  readonly points: readonly Pt[];
  /** Length from the start to each point; the last is the whole length. */
  readonly at: readonly number[];
  readonly length: number;
}

/** Measures a polyline. */
export function track(points: readonly Pt[]): Track {
  const at: number[] = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Pt;
    const b = points[i] as Pt;
    at.push((at[i - 1] as number) + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  return { points, at, length: at[at.length - 1] ?? 0 };
}

/** Where a track is, and which way it heads (degrees, 0 to the right, 90 down). */
export interface Heading {
  readonly x: number;
  readonly y: number;
  readonly angle: number;
}

/** The point a share `u` (0 to 1) of the way along a track, by length, and its heading there. */
export function pointAlong(t: Track, u: number): Heading {
  const n = t.points.length;
  if (n === 0) return { x: 0, y: 0, angle: 0 };
  const target = Math.max(0, Math.min(1, u)) * t.length;
  let i = 1;
  while (i < n - 1 && (t.at[i] as number) < target) i++;
  const a = t.points[Math.max(0, i - 1)] as Pt;
  const b = t.points[Math.min(n - 1, i)] as Pt;
  const span = (t.at[i] as number) - (t.at[i - 1] ?? 0);
  const f = span > 0 ? (target - (t.at[i - 1] ?? 0)) / span : 0;
  const angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  return { x: a[0] + (b[0] - a[0]) * f, y: a[1] + (b[1] - a[1]) * f, angle };
}

/** An SVG path through a polyline's points (for a track drawn exactly as a hand follows it). */
export function polylinePath(points: readonly Pt[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${xy(p)}`).join("");
}
