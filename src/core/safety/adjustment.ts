import type { Translate } from "../i18n/translate.ts";
import type { Pressure } from "../model/pressure.ts";
import type { TechniqueId } from "../model/techniques.ts";
import type { ToolId } from "../model/tools.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";
import type { Reason } from "./profile.ts";

/** What one adjusting rule changes in a plan; the screen merges them, strictest wins. */
export interface Adjustment {
  readonly reason: Reason;
  readonly excludedZones?: readonly ZoneId[];
  readonly pressureCap?: Pressure;
  readonly zonePressureCaps?: Readonly<Partial<Record<ZoneId, Pressure>>>;
  readonly bannedTools?: readonly ToolId[];
  readonly bannedTechniques?: readonly TechniqueId[];
  readonly zoneBannedTools?: Readonly<Partial<Record<ZoneId, readonly ToolId[]>>>;
  readonly toolPressureCaps?: Readonly<Partial<Record<ToolId, Pressure>>>;
}

/** The zones of the face itself, in contract order: everything but the neck and shoulders. */
export const FACE_ZONES: readonly ZoneId[] = ZONE_IDS.filter((z) => ZONES[z].region === "face");

/** The tools a person can hold: fingers are never banned. */
export const HELD_TOOLS: readonly ToolId[] = ["roller", "gua-sha"];

/** Fingers only: no roller or gua sha stone, and none of their techniques. */
export const FINGERS_ONLY = {
  bannedTools: HELD_TOOLS,
  bannedTechniques: ["roller", "gua-sha"],
} as const satisfies Pick<Adjustment, "bannedTools" | "bannedTechniques">;

/** No roller or gua sha stone on any of `zones` (the neck may keep its roller). */
export function noToolsOn(
  zones: readonly ZoneId[],
): Readonly<Partial<Record<ZoneId, readonly ToolId[]>>> {
  return Object.fromEntries(zones.map((z) => [z, HELD_TOOLS]));
}

/** The same pressure ceiling on each of `zones`. */
export function capOn(
  zones: readonly ZoneId[],
  cap: Pressure,
): Readonly<Partial<Record<ZoneId, Pressure>>> {
  return Object.fromEntries(zones.map((z) => [z, cap]));
}

/** Zone names for a sentence, as they read inside one: "cheeks, under the eyes". */
export function zoneNames(zones: readonly ZoneId[], t: Translate): string {
  return zones.map((z) => t(`zone.${z}.inline`)).join(", ");
}
