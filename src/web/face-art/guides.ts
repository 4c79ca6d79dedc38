import {
  curvePath,
  type Pt,
  pointAlong,
  polylinePath,
  sampleCurve,
  type Track,
  track,
} from "./curves.ts";

/**
 * A path a hand follows on one side of the face (the left; the right is drawn mirrored): the
 * track it moves along on the skin, the path drawn for it (with an arrowhead at its end), and
 * where it goes back to while lifted.
 */
export interface Guide {
  /** What the hand follows on the skin, measured by length. */
  readonly track: Track;
  /** The track as an SVG path: the trail draws it as the hand moves. */
  readonly trail: string;
  /** The path drawn to show the movement and its direction (a circle's is open before its arrow). */
  readonly shown: string;
  /** An arrowhead at the end of `shown`, pointing the way the hand goes. */
  readonly arrow: string;
  /** The line back from the end to the start while the hand is lifted. */
  readonly back: Track;
  /** Points marked on the path: held points, or none. */
  readonly marks: readonly Pt[];
  /** Each mark's share of the way along `track`. */
  readonly markAt: readonly number[];
  /** Drawn dotted (tapping) rather than as a line. */
  readonly dotted: boolean;
}

const rad = (d: number) => (d * Math.PI) / 180;

/** A small arrowhead whose tip is at the end of the track, along its last heading. */
function arrowAt(t: Track): string {
  const end = pointAlong(t, 1);
  const a = rad(end.angle);
  const [dx, dy] = [Math.cos(a), Math.sin(a)];
  const tip: Pt = [end.x + dx * 2, end.y + dy * 2];
  const l: Pt = [end.x - dx * 3.6 - dy * 2.6, end.y - dy * 3.6 + dx * 2.6];
  const r: Pt = [end.x - dx * 3.6 + dy * 2.6, end.y - dy * 3.6 - dx * 2.6];
  return `${polylinePath([l, tip, r])}Z`;
}

const straight = (a: Pt, b: Pt): Track => track([a, b]);

/** A line a stroke, a roller or a stone follows, through `points` from its start to its end. */
export function lineGuide(points: readonly Pt[], dotted = false): Guide {
  const t = track(sampleCurve(points, 12));
  const first = t.points[0] ?? [0, 0];
  const last = t.points[t.points.length - 1] ?? first;
  return {
    track: t,
    trail: polylinePath(t.points),
    shown: curvePath(points),
    arrow: arrowAt(t),
    back: straight(last, first),
    marks: [],
    markAt: [],
    dotted,
  };
}

/** One circle in place, clockwise on the left side (so down on its inner side), starting at its top. */
export function circleGuide(at: Pt, radius: number): Guide {
  const points: Pt[] = [];
  for (let k = 0; k <= 40; k++) {
    const a = rad(-90 + (360 * k) / 40);
    points.push([at[0] + radius * Math.cos(a), at[1] + radius * Math.sin(a)]);
  }
  const t = track(points);
  const open = track(points.slice(0, 35));
  return {
    track: t,
    trail: polylinePath(points),
    shown: polylinePath(open.points),
    arrow: arrowAt(open),
    back: straight(points[0] as Pt, points[0] as Pt),
    marks: [],
    markAt: [],
    dotted: false,
  };
}

/**
 * Small circles travelling along `flow`: `loops` circles of `radius`, each touching the line where
 * it starts, so the path starts and ends on the line.
 */
export function loopsGuide(flow: readonly Pt[], loops: number, radius: number): Guide {
  const base = track(sampleCurve(flow, 12));
  const points: Pt[] = [];
  const n = loops * 20;
  for (let k = 0; k <= n; k++) {
    const s = k / n;
    const p = pointAlong(base, s);
    const phase = 2 * Math.PI * loops * s;
    // A circle beside the line: the offset turns once per loop, zero at each loop's start.
    const h = rad(p.angle);
    const side = [-Math.sin(h), Math.cos(h)] as const;
    const along = [Math.cos(h), Math.sin(h)] as const;
    const u = radius * Math.sin(phase);
    const v = radius * (1 - Math.cos(phase));
    points.push([p.x + along[0] * u + side[0] * v, p.y + along[1] * u + side[1] * v]);
  }
  const t = track(points);
  return {
    track: t,
    trail: polylinePath(points),
    shown: polylinePath(points),
    arrow: arrowAt(t),
    back: track([...base.points].reverse()),
    marks: [],
    markAt: [],
    dotted: false,
  };
}

/** Points pressed one after another, joined in order. */
export function pointsGuide(points: readonly Pt[]): Guide {
  const t = track(points.length > 1 ? points : [...points, ...points]);
  const first = points[0] ?? [0, 0];
  return {
    track: t,
    trail: polylinePath(t.points),
    shown: points.length > 1 ? polylinePath(points) : "",
    arrow: points.length > 1 ? arrowAt(t) : "",
    back: straight(points[points.length - 1] ?? first, first),
    marks: points,
    markAt: points.map((_, i) => (t.length > 0 ? (t.at[i] ?? 0) / t.length : 0)),
    dotted: false,
  };
}
