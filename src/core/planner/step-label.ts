import { ZONES, type ZoneId } from "../model/zones.ts";
import type { Side } from "./plan-types.ts";

/**
 * What a step works, as a heading: the zone's name for both sides or the midline, "Left cheek"
 * or "Under the right eye" for one side. Cues, the player and Today all name steps this way.
 */
export function stepLabel(zone: ZoneId, side: Side): string {
  const z = ZONES[zone];
  if (side !== "left" && side !== "right") return z.name;
  const text = z.sideName.replace("{side}", side);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
