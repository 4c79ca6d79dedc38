/** A point or a vector in a picture: x to the right, y down (image coordinates), or in a face frame. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** a + b */
export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
/** a − b */
export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
/** k·a */
export const scale = (a: Point, k: number): Point => ({ x: a.x * k, y: a.y * k });
/** The dot product. */
export const dot = (a: Point, b: Point): number => a.x * b.x + a.y * b.y;
/** The length of a vector. */
export const norm = (a: Point): number => Math.hypot(a.x, a.y);
/** The distance between two points. */
export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
/** The middle of two points. */
export const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** The mean of some points; the origin for none. */
export function centroid(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

/** A unit vector along `a`; the zero vector stays zero. */
export function unit(a: Point): Point {
  const n = norm(a);
  return n === 0 ? { x: 0, y: 0 } : { x: a.x / n, y: a.y / n };
}
