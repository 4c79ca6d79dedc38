import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";
import type { Screening } from "../safety/profile.ts";
import { toolBanned } from "../safety/screen.ts";
import { seconds } from "../time/seconds.ts";
import type { Block } from "./blocks.ts";
import { blockPressure } from "./build-steps.ts";
import { buildCues } from "./cues.ts";
import type { Plan, PlanStep, Side } from "./plan-types.ts";

/** A practice from Learn lasts one minute. */
export const PRACTICE_SECONDS = 60;

/** With no profile to screen (nobody set up yet), nothing is excluded or capped. */
const CLEAR: Screening = {
  verdict: "ok",
  reasons: [],
  excludedZones: [],
  pressureCap: 3,
  zonePressureCaps: {},
  bannedTools: [],
  bannedTechniques: [],
};

/**
 * The zones a technique is practised on: face zones before the neck and shoulders, zones where it
 * is the usual movement first, then the order of `ZONE_IDS`. One zone when the technique is done
 * one side at a time (the minute is split left and right), else up to two.
 */
export function practiceZones(technique: TechniqueId): readonly ZoneId[] {
  const rank = (z: ZoneId) =>
    (ZONES[z].region === "face" ? 0 : 2) + (ZONES[z].techniques[0] === technique ? 0 : 1);
  const zones = ZONE_IDS.filter((z) => ZONES[z].techniques.includes(technique)).sort(
    (a, b) => rank(a) - rank(b) || ZONE_IDS.indexOf(a) - ZONE_IDS.indexOf(b),
  );
  return zones.slice(0, TECHNIQUES[technique].oneSideAtATime ? 1 : 2);
}

function step(
  zone: ZoneId,
  technique: TechniqueId,
  side: Side,
  length: number,
  last: boolean,
  screening: Screening,
): PlanStep {
  const t = TECHNIQUES[technique];
  const block: Block = {
    zone,
    technique,
    tool: t.tool,
    sided: t.oneSideAtATime,
    kind: "primary",
    phase: "face",
    weight: 1,
    index: 0,
  };
  const pressure = blockPressure(block, "wake-up", screening);
  const base = {
    zone,
    side,
    technique,
    tool: t.tool,
    direction: ZONES[zone].direction,
    pressure,
    seconds: seconds(length),
    cues: buildCues({ zone, side, technique, pressure, seconds: length, last }),
  };
  return t.secondsPerRep === undefined
    ? base
    : { ...base, reps: Math.floor(length / t.secondsPerRep) };
}

/**
 * A one-minute plan that practises one technique, in the player's shape: a sided technique
 * works its zone left then right for 30 s each; any other works up to two zones, both sides at
 * once (or the midline), sharing the minute. Pressure follows the planner's rule for the zone.
 * Given a zone that allows the technique (a zone page), the whole minute goes to that zone.
 */
export function practicePlan(
  technique: TechniqueId,
  zone?: ZoneId,
  screening: Screening = CLEAR,
): Pick<Plan, "steps" | "totalSeconds"> {
  const wanted =
    zone !== undefined && ZONES[zone].techniques.includes(technique)
      ? [zone]
      : practiceZones(technique);
  const zones = wanted.filter(
    (z) =>
      !screening.excludedZones.includes(z) && !toolBanned(screening, z, TECHNIQUES[technique].tool),
  );
  const half = PRACTICE_SECONDS / 2;
  const steps: PlanStep[] = [];
  if (zones.length === 0) return { steps, totalSeconds: seconds(0) };
  if (TECHNIQUES[technique].oneSideAtATime) {
    const zone = zones[0] as ZoneId;
    steps.push(
      step(zone, technique, "left", half, false, screening),
      step(zone, technique, "right", half, true, screening),
    );
  } else {
    const each = PRACTICE_SECONDS / zones.length;
    zones.forEach((zone, i) => {
      const side: Side = ZONES[zone].sides === "pair" ? "both" : "center";
      steps.push(step(zone, technique, side, each, i === zones.length - 1, screening));
    });
  }
  return { steps, totalSeconds: seconds(PRACTICE_SECONDS) };
}

/** A practice the person's own screen allows, or the plain-words reasons it does not. */
export type PracticeResult =
  | { readonly ok: true; readonly plan: Pick<Plan, "steps" | "totalSeconds"> }
  | { readonly ok: false; readonly reasons: readonly string[] };

/**
 * A practice screened like any session: a stop answer, a technique or tool ruled out for the
 * person, or every zone it works being left out today refuses it, saying why; otherwise the
 * minute runs with the person's pressure limits.
 */
export function screenedPracticePlan(
  technique: TechniqueId,
  zone: ZoneId | undefined,
  screening: Screening,
): PracticeResult {
  if (screening.verdict === "stop") {
    return { ok: false, reasons: screening.reasons.map((r) => r.message) };
  }
  const t = TECHNIQUES[technique];
  if (screening.bannedTechniques.includes(technique) || screening.bannedTools.includes(t.tool)) {
    const why = screening.reasons.map((r) => r.message);
    return { ok: false, reasons: [`${t.name} is not part of your sessions right now.`, ...why] };
  }
  const plan = practicePlan(technique, zone, screening);
  if (plan.steps.length === 0) {
    return {
      ok: false,
      reasons: [`The areas ${t.name.toLowerCase()} works are left out for you today.`],
    };
  }
  return { ok: true, plan };
}
