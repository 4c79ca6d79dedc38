import { TECHNIQUES, type TechniqueId } from "../../core/model/techniques.ts";
import type { PlanStep } from "../../core/planner/plan-types.ts";
import { t as say } from "../i18n/language.ts";

/** Each movement as a picture shows it, in a person's words. */
const MOVES: Readonly<Record<TechniqueId, string>> = {
  strokes: "Strokes with flat fingers",
  "small-circles": "Small circles with the fingertips",
  "stationary-circles": "Circles in one place with flat fingers",
  pinch: "Light pinches between thumb and finger",
  tap: "Light tapping with the fingertips",
  "pressure-points": "Pressing and holding points with the fingertips",
  kneading: "Kneading with the fingers",
  roller: "A facial roller rolling",
  "gua-sha": "A gua sha stone, held nearly flat, gliding",
};

/** Under the eyes, the skin is thinnest: the ring fingers alone. */
const UNDER_EYES: Partial<Record<TechniqueId, string>> = {
  "small-circles": "Tiny circles with the ring fingers",
  tap: "Light tapping with the ring fingers",
};

/**
 * The text alternative of a step's picture: the movement, the zone, the side and, for movements
 * along lines, the direction ("Small circles with the fingertips on the temples, both sides").
 */
export function stepAlt(step: Pick<PlanStep, "zone" | "side" | "technique">): string {
  const t = TECHNIQUES[step.technique];
  const move = (step.zone === "under-eyes" ? UNDER_EYES[step.technique] : undefined) ?? MOVES[t.id];
  const side =
    step.side === "left" || step.side === "right"
      ? `${step.side} side`
      : step.side === "center" && t.oneSideAtATime
        ? "one half, then the other"
        : "both sides";
  const way = t.followsLines ? `, ${say(`zone.${step.zone}.direction`)}` : "";
  return `${move} on ${say(`zone.${step.zone}.area`)}, ${side}${way}`;
}
