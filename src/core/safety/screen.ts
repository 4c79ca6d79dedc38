import type { Translate } from "../i18n/translate.ts";
import { minPressure, type Pressure } from "../model/pressure.ts";
import { TECHNIQUE_IDS, type TechniqueId } from "../model/techniques.ts";
import { TOOL_IDS, type ToolId } from "../model/tools.ts";
import { ZONE_IDS, type ZoneId } from "../model/zones.ts";
import type { LocalDate } from "../time/local-date.ts";
import { adjustments } from "./adjust-rules.ts";
import type { Adjustment } from "./adjustment.ts";
import { injectableAdjustments } from "./injectables.ts";
import { procedureEffects } from "./procedures.ts";
import type { Reason, SafetyProfile, Screening, Verdict } from "./profile.ts";
import { conditionStops, mediumStop } from "./stop-rules.ts";

const inOrder = <T extends string>(order: readonly T[], found: ReadonlySet<T>): readonly T[] =>
  order.filter((x) => found.has(x));

function lowerCaps<K extends string>(
  caps: Partial<Record<K, Pressure>>,
  more: Readonly<Partial<Record<K, Pressure>>> | undefined,
): void {
  for (const [key, cap] of Object.entries(more ?? {}) as [K, Pressure][])
    caps[key] = minPressure(caps[key] ?? 3, cap);
}

/**
 * Screens a profile on a given local day (domain notes, sections 5 and 5b). Stop reasons come
 * first (emergencies first of all, then answers, procedures, a missing medium), then
 * adjustments (injections, procedures, answers); every reason is listed even when the verdict is
 * `stop`, so a person learns everything at once. Adjustments combine by the strictest: every
 * excluded zone, the lowest cap, every ban. Zones the person skipped by choice are excluded
 * without a reason of their own and do not change the verdict; a pressure cap the person chose
 * lowers the ceiling without a reason either. Every reason is in the language of `t`.
 */
export function screen(profile: SafetyProfile, date: LocalDate, t: Translate): Screening {
  const procedures = procedureEffects(profile.procedures ?? [], date, t);
  const stops = [...conditionStops(profile, t), ...procedures.stops, ...mediumStop(profile, t)];
  const adjusts: readonly Adjustment[] = [
    ...injectableAdjustments(profile.injectables, date, t),
    ...procedures.adjustments,
    ...adjustments(profile, t),
  ];

  const excluded = new Set<ZoneId>(profile.skipZones);
  const tools = new Set<ToolId>();
  const techniques = new Set<TechniqueId>();
  const zoneCaps: Partial<Record<ZoneId, Pressure>> = {};
  const toolCaps: Partial<Record<ToolId, Pressure>> = {};
  const zoneTools = new Map<ZoneId, Set<ToolId>>();
  let pressureCap: Pressure = profile.maxPressure ?? 3;

  for (const a of adjusts) {
    for (const z of a.excludedZones ?? []) excluded.add(z);
    for (const t of a.bannedTools ?? []) tools.add(t);
    for (const t of a.bannedTechniques ?? []) techniques.add(t);
    if (a.pressureCap !== undefined) pressureCap = minPressure(pressureCap, a.pressureCap);
    lowerCaps(zoneCaps, a.zonePressureCaps);
    lowerCaps(toolCaps, a.toolPressureCaps);
    for (const [zone, banned] of Object.entries(a.zoneBannedTools ?? {}) as [ZoneId, ToolId[]][]) {
      const set = zoneTools.get(zone) ?? new Set<ToolId>();
      for (const t of banned) set.add(t);
      zoneTools.set(zone, set);
    }
  }

  const adjustReasons: readonly Reason[] = adjusts.map((a) => a.reason);
  const verdict: Verdict = stops.length > 0 ? "stop" : adjustReasons.length > 0 ? "adjusted" : "ok";
  return {
    verdict,
    reasons: [...stops, ...adjustReasons],
    excludedZones: inOrder(ZONE_IDS, excluded),
    pressureCap,
    zonePressureCaps: zoneCaps,
    bannedTools: inOrder(TOOL_IDS, tools),
    bannedTechniques: inOrder(TECHNIQUE_IDS, techniques),
    zoneBannedTools: Object.fromEntries(
      inOrder(ZONE_IDS, new Set(zoneTools.keys())).map((z) => [
        z,
        inOrder(TOOL_IDS, zoneTools.get(z) ?? new Set()),
      ]),
    ),
    toolPressureCaps: toolCaps,
  };
}

/**
 * The highest pressure a step may use on a zone under a screening; with `tool`, that tool's cap
 * applies too (a roller kept to the lightest touch).
 */
export function pressureLimit(screening: Screening, zone: ZoneId, tool?: ToolId): Pressure {
  const zoneCap = minPressure(screening.pressureCap, screening.zonePressureCaps[zone] ?? 3);
  return tool === undefined
    ? zoneCap
    : minPressure(zoneCap, screening.toolPressureCaps?.[tool] ?? 3);
}

/** True when the screening keeps `tool` off `zone`, everywhere or on that zone alone. */
export function toolBanned(screening: Screening, zone: ZoneId, tool: ToolId): boolean {
  return (
    screening.bannedTools.includes(tool) || (screening.zoneBannedTools?.[zone] ?? []).includes(tool)
  );
}
