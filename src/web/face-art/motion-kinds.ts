import type { TechniqueId } from "../../core/model/techniques.ts";
import type { ZoneId } from "../../core/model/zones.ts";
import type { Grip } from "./hand-art.tsx";

/**
 * How a technique moves on the face: gliding along the zone's lines (strokes, roller, gua sha),
 * small circles travelling in the zone's direction, circles in one place, kneading, tapping,
 * pinching, or pressing and holding points.
 */
export type MotionKind = "glide" | "loops" | "circle" | "knead" | "tap" | "pinch" | "hold";

/** Every technique's movement; a `Record` so a new technique cannot be added without one. */
export const MOTION_OF: Readonly<Record<TechniqueId, MotionKind>> = {
  strokes: "glide",
  roller: "glide",
  "gua-sha": "glide",
  "small-circles": "loops",
  "stationary-circles": "circle",
  kneading: "knead",
  tap: "tap",
  pinch: "pinch",
  "pressure-points": "hold",
};

/** How the hand is drawn for a technique on a zone: under the eyes, the ring finger alone. */
export function gripFor(zone: ZoneId, technique: TechniqueId): Grip {
  switch (technique) {
    case "roller":
      return "roller";
    case "gua-sha":
      return "stone";
    case "pinch":
      return "pinch";
    case "strokes":
    case "stationary-circles":
    case "kneading":
      return "flat";
    default:
      return zone === "under-eyes" ? "ring" : "tips";
  }
}
