import { minPressure, type Pressure } from "../model/pressure.ts";
import { TECHNIQUE_IDS, type TechniqueId } from "../model/techniques.ts";
import { TOOL_IDS, type ToolId } from "../model/tools.ts";
import { ZONE_IDS, type ZoneId } from "../model/zones.ts";
import type { LocalDate } from "../time/local-date.ts";
import { adjustments } from "./adjust-rules.ts";
import { injectableReasons } from "./injectables.ts";
import type { Reason, SafetyProfile, Screening, Verdict } from "./profile.ts";
import { stopReasons } from "./stop-rules.ts";

/**
 * Screens a profile on a given local day (domain notes, section 5). Stop reasons come first,
 * then adjustments; every reason is listed even when the verdict is `stop`, so a person learns
 * everything at once. Zones the person skipped by choice are excluded without a reason of their
 * own and do not change the verdict.
 */
export function screen(profile: SafetyProfile, date: LocalDate): Screening {
  const stops = stopReasons(profile);
  const injections = injectableReasons(profile.injectables, date);
  const adjusts = adjustments(profile);

  const excluded = new Set<ZoneId>(profile.skipZones);
  const tools = new Set<ToolId>();
  const techniques = new Set<TechniqueId>();
  const zoneCaps: Partial<Record<ZoneId, Pressure>> = {};
  let pressureCap: Pressure = 3;

  for (const reason of injections) for (const z of reason.zones ?? []) excluded.add(z);
  for (const a of adjusts) {
    for (const z of a.excludedZones ?? []) excluded.add(z);
    for (const t of a.bannedTools ?? []) tools.add(t);
    for (const t of a.bannedTechniques ?? []) techniques.add(t);
    if (a.pressureCap !== undefined) pressureCap = minPressure(pressureCap, a.pressureCap);
    for (const [zone, cap] of Object.entries(a.zonePressureCaps ?? {}) as [ZoneId, Pressure][]) {
      zoneCaps[zone] = minPressure(zoneCaps[zone] ?? 3, cap);
    }
  }

  const adjustReasons: readonly Reason[] = [...injections, ...adjusts.map((a) => a.reason)];
  const verdict: Verdict = stops.length > 0 ? "stop" : adjustReasons.length > 0 ? "adjusted" : "ok";
  return {
    verdict,
    reasons: [...stops, ...adjustReasons],
    excludedZones: ZONE_IDS.filter((z) => excluded.has(z)),
    pressureCap,
    zonePressureCaps: zoneCaps,
    bannedTools: TOOL_IDS.filter((t) => tools.has(t)),
    bannedTechniques: TECHNIQUE_IDS.filter((t) => techniques.has(t)),
  };
}

/** The highest pressure a zone may take under a screening. */
export function pressureLimit(screening: Screening, zone: ZoneId): Pressure {
  return minPressure(screening.pressureCap, screening.zonePressureCaps[zone] ?? 3);
}
