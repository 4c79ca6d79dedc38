import type { TechniqueId } from "../../core/model/techniques.ts";
import type { ZoneId } from "../../core/model/zones.ts";
import type { Side } from "../../core/planner/plan-types.ts";
import { type MotionStep, stepMotion } from "./step-motion.ts";

/** A step as the planner makes it (seconds, lines and passes), for the tests. */
export function step(
  zone: ZoneId,
  technique: TechniqueId,
  side: Side,
  seconds: number,
  sections = 1,
  reps?: number,
): MotionStep {
  const s = { zone, technique, side, seconds: seconds as MotionStep["seconds"], sections };
  return reps === undefined ? s : { ...s, reps };
}

/** Five roller passes along each of the left cheek's three lines: 30 s. */
export const ROLLER_LEFT_CHEEK = stepMotion(step("cheeks", "roller", "left", 30, 3, 5));
/** Twenty strokes along each of the cheek's three lines, both hands: 60 s. */
export const CHEEK_STROKES = stepMotion(step("cheeks", "strokes", "both", 60, 3, 20));
/** A roller on the forehead, the left half's three lines, then the right half's: 60 s. */
export const FOREHEAD_ROLLER = stepMotion(step("forehead", "roller", "center", 60, 6, 5));
/** Six holds under the cheekbones, three points in turn: 30 s. */
export const CHEEKBONE_HOLDS = stepMotion(
  step("under-cheekbone", "pressure-points", "both", 30, 1, 6),
);
/** Sixty pinches along the brows: 60 s. */
export const BROW_PINCHES = stepMotion(step("brows", "pinch", "both", 60, 1, 60));
