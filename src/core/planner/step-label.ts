import type { Translate } from "../i18n/translate.ts";
import type { ZoneId } from "../model/zones.ts";
import type { Side } from "./plan-types.ts";

/**
 * What a step works, as a heading: the zone's name for both sides or the midline, "Left cheek"
 * or "Under the right eye" for one side. Cues, the player and Today all name steps this way.
 */
export function stepLabel(zone: ZoneId, side: Side, t: Translate): string {
  if (side !== "left" && side !== "right") return t(`zone.${zone}.name`);
  return t(`zone.${zone}.side`, { side });
}
