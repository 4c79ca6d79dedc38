import type { ZoneId } from "../model/zones.ts";
import type { Point } from "./point.ts";

/** The ways the coach can name a zone's direction ("let each stroke go outward"). */
export type CoachDirection =
  | "outward"
  | "down"
  | "down-and-out"
  | "in-small-circles"
  | "along-the-jaw"
  | "toward-the-neck";

/**
 * How a technique moves, as a camera can follow it: along the zone's direction, in circles,
 * tapping on the spot, or holding still.
 */
export type MotionKind = "along" | "circles" | "tap" | "hold";

/** Where a zone lies in the face frame (see face-frame.ts) and which way its strokes go. */
export interface ZoneRegion {
  /** Centre of the person's left-side zone (a midline zone: its middle, x = 0), in face units. */
  readonly center: Point;
  /** Half-width and half-height of the ellipse that holds the zone. */
  readonly radius: Point;
  /** True for a zone on the midline, worked as one (forehead, mouth). */
  readonly midline: boolean;
  /**
   * The stroke direction on the person's left side (x toward their left ear, y toward the chin);
   * the right side mirrors it, and on a midline zone each half takes its own side's. Undefined
   * for zones worked on the spot.
   */
  readonly direction?: Point;
  /** The direction as feedback says it; its words are the message `coach.direction.<word>`. */
  readonly word: CoachDirection;
}

/**
 * The zones of the domain notes (section 4) placed on an adult face in face units (the eyes at
 * x = ±0.5, y = 0; the chin near y = 1.8; the collarbones near y = 3.4). Regions are generous
 * ellipses that touch their neighbours; which zone a fingertip is on is the nearest one whose
 * ellipse holds it. Placed to agree with the drawn face map and Learn.
 */
export const ZONE_REGIONS: Readonly<Record<ZoneId, ZoneRegion>> = {
  forehead: {
    center: { x: 0, y: -0.9 },
    radius: { x: 1.0, y: 0.4 },
    midline: true,
    direction: { x: 1, y: 0 },
    word: "outward",
  },
  brows: {
    center: { x: 0.5, y: -0.3 },
    radius: { x: 0.35, y: 0.14 },
    midline: false,
    direction: { x: 1, y: -0.1 },
    word: "outward",
  },
  temples: {
    center: { x: 1.05, y: -0.25 },
    radius: { x: 0.22, y: 0.3 },
    midline: false,
    word: "in-small-circles",
  },
  "under-eyes": {
    center: { x: 0.5, y: 0.22 },
    radius: { x: 0.3, y: 0.12 },
    midline: false,
    direction: { x: 1, y: -0.2 },
    word: "outward",
  },
  "nose-sides": {
    center: { x: 0.22, y: 0.5 },
    radius: { x: 0.12, y: 0.25 },
    midline: false,
    direction: { x: 0.3, y: 1 },
    word: "down-and-out",
  },
  cheeks: {
    center: { x: 0.68, y: 0.58 },
    radius: { x: 0.34, y: 0.28 },
    midline: false,
    direction: { x: 1, y: -0.25 },
    word: "outward",
  },
  "under-cheekbone": {
    center: { x: 0.72, y: 0.95 },
    radius: { x: 0.38, y: 0.15 },
    midline: false,
    direction: { x: 1, y: -0.15 },
    word: "outward",
  },
  "jaw-angle": {
    center: { x: 1.2, y: 0.45 },
    radius: { x: 0.2, y: 0.32 },
    midline: false,
    word: "in-small-circles",
  },
  masseter: {
    center: { x: 1.02, y: 1.1 },
    radius: { x: 0.22, y: 0.3 },
    midline: false,
    direction: { x: 0, y: 1 },
    word: "down",
  },
  mouth: {
    center: { x: 0, y: 1.3 },
    radius: { x: 0.45, y: 0.2 },
    midline: true,
    direction: { x: 1, y: 0.25 },
    word: "outward",
  },
  "chin-jawline": {
    center: { x: 0.62, y: 1.75 },
    radius: { x: 0.6, y: 0.28 },
    midline: false,
    direction: { x: 0.8, y: -0.6 },
    word: "along-the-jaw",
  },
  "neck-sides": {
    center: { x: 0.75, y: 2.55 },
    radius: { x: 0.35, y: 0.6 },
    midline: false,
    direction: { x: 0, y: 1 },
    word: "down",
  },
  collarbone: {
    center: { x: 0.9, y: 3.4 },
    radius: { x: 0.8, y: 0.35 },
    midline: false,
    word: "in-small-circles",
  },
  shoulders: {
    center: { x: 2.3, y: 3.5 },
    radius: { x: 0.8, y: 0.5 },
    midline: false,
    direction: { x: -1, y: 0 },
    word: "toward-the-neck",
  },
};

/** Which side of the face a point is on, as the person names it. */
export type FaceSide = "left" | "right";

/** How far `p` (face units) is from a zone's middle, in its own ellipse's radii: ≤ 1 is inside. */
export function ellipseDistance(zone: ZoneId, p: Point): number {
  const r = ZONE_REGIONS[zone];
  const x = r.midline ? p.x : Math.abs(p.x);
  return Math.hypot((x - r.center.x) / r.radius.x, (p.y - r.center.y) / r.radius.y);
}

/** The side a face-frame point is on: positive x is the person's left. */
export const sideOf = (p: Point): FaceSide => (p.x >= 0 ? "left" : "right");

/** The stroke direction of a zone at a point (mirrored for the right side); undefined on the spot. */
export function directionAt(zone: ZoneId, p: Point): Point | undefined {
  const d = ZONE_REGIONS[zone].direction;
  if (!d) return undefined;
  return sideOf(p) === "left" ? d : { x: -d.x, y: d.y };
}
