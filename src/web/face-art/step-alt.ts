import { TECHNIQUES } from "../../core/model/techniques.ts";
import type { PlanStep } from "../../core/planner/plan-types.ts";
import { t } from "../i18n/language.ts";

/**
 * The text alternative of a step's picture: the movement, the zone, the side and, for movements
 * along lines, the direction ("Small circles with the fingertips on the temples, both sides").
 * Under the eyes, where the skin is thinnest, the movement is the ring fingers'.
 */
export function stepAlt(step: Pick<PlanStep, "zone" | "side" | "technique">): string {
  const technique = TECHNIQUES[step.technique];
  const move =
    step.zone === "under-eyes" && (step.technique === "small-circles" || step.technique === "tap")
      ? t(`common.face-art.move.under-eyes.${step.technique}`)
      : t(`common.face-art.move.${step.technique}`);
  const side =
    step.side === "left" || step.side === "right"
      ? step.side
      : step.side === "center" && technique.oneSideAtATime
        ? "halves"
        : "both";
  const values = {
    move,
    area: t(`zone.${step.zone}.area`),
    side: t("common.face-art.side", { side }),
  };
  return technique.followsLines
    ? t("common.face-art.alt-way", { ...values, direction: t(`zone.${step.zone}.direction`) })
    : t("common.face-art.alt", values);
}
