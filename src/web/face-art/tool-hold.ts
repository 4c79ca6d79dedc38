import type { Guide } from "./guides.ts";
import type { Grip } from "./hand-art.tsx";

/**
 * How a hand holds a tool on the left side (the right is its mirror):
 * - `toolTurn`: the hand turns with the line, pointing this many degrees off the way of travel.
 *   A roller is pulled, its handle running ahead along the line (180); the hand on a gua sha
 *   stone lies across the line from outside the face (90 or -90).
 * - `armTurn`: a roller's handle is held like a hammer's, the forearm leaving it square on one
 *   side (90 or -90, see `HandArt`), the side that needs the smaller bend at the wrist;
 * - `wristBend`: the turn at the wrist, degrees, so the sleeve hangs down and out of the face.
 */
export interface ToolHold {
  readonly toolTurn: number;
  readonly armTurn: number;
  readonly wristBend: number;
}

/** Where a forearm hangs from a hand on the left side: down and out, degrees. */
const HANG = 115;

/** An angle in degrees, between -180 and 180. */
const norm = (a: number) => ((((a + 180) % 360) + 360) % 360) - 180;

/** How a tool of `grip` is held along `guide` (the step's first line); no tool, no turn. */
export function toolHold(grip: Grip, guide: Guide | undefined): ToolHold {
  const points = guide?.track.points ?? [];
  const [a, b] = [points[0], points[points.length - 1]];
  if (a === undefined || b === undefined || (grip !== "roller" && grip !== "stone")) {
    return { toolTurn: 0, armTurn: 0, wristBend: 0 };
  }
  const way = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  if (grip === "stone") {
    // Fingers pointing inward keep the hand outside the face whichever way the line runs.
    return {
      toolTurn: Math.cos(((way + 90) * Math.PI) / 180) > 0 ? 90 : -90,
      armTurn: 0,
      wristBend: 0,
    };
  }
  // Square to the handle the forearm would point along `way + 90` or `way - 90`; the second is
  // drawn mirrored, so its bend turns the other way.
  const bendA = norm(HANG - (way + 90));
  const bendB = -norm(HANG - (way - 90));
  return Math.abs(bendA) <= Math.abs(bendB)
    ? { toolTurn: 180, armTurn: 90, wristBend: bendA }
    : { toolTurn: 180, armTurn: -90, wristBend: bendB };
}
