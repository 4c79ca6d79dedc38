import type { Translate } from "../i18n/translate.ts";
import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";
import type { Screening } from "../safety/profile.ts";
import { toolBanned } from "../safety/screen.ts";
import { seconds } from "../time/seconds.ts";
import { blockPressure, makeStep } from "./build-steps.ts";
import type { Plan, Side } from "./plan-types.ts";
import { type StepTiming, stepTiming } from "./step-timing.ts";

/** A practice from Learn lasts one minute (a few seconds less when passes must be whole). */
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
 * is the usual movement first, then (for a counted tool) zones where its passes fill half a
 * minute exactly, then the order of `ZONE_IDS`. One zone when the technique is done one side at a
 * time (the minute is split left and right), else up to two.
 */
export function practiceZones(technique: TechniqueId): readonly ZoneId[] {
  const half = PRACTICE_SECONDS / 2;
  const exact = (z: ZoneId): boolean => {
    const t = stepTiming(z, technique);
    return t !== undefined && t.unit > 0 && half % t.unit === 0 && t.min <= half && half <= t.max;
  };
  const rank = (z: ZoneId) =>
    (ZONES[z].region === "face" ? 0 : 4) +
    (ZONES[z].techniques[0] === technique ? 0 : 2) +
    (TECHNIQUES[technique].perLine === undefined || exact(z) ? 0 : 1);
  const zones = ZONE_IDS.filter(
    (z) => ZONES[z].techniques.includes(technique) && stepTiming(z, technique) !== undefined,
  ).sort((a, b) => rank(a) - rank(b) || ZONE_IDS.indexOf(a) - ZONE_IDS.indexOf(b));
  return zones.slice(0, TECHNIQUES[technique].oneSideAtATime ? 1 : 2);
}

/** The longest a step may last up to `want` seconds: a whole number of passes for a tool. */
function fitted(timing: StepTiming, want: number): number {
  if (want <= timing.min) return timing.min;
  const more = want - timing.min;
  const steps = timing.unit === 0 ? more : Math.floor(more / timing.unit) * timing.unit;
  return Math.min(timing.max, timing.min + steps);
}

/**
 * A one-minute plan that practises one technique, in the player's shape: a technique done one
 * side at a time works its zone left then right for half a minute each; any other works up to two
 * zones, both sides at once (or the midline), sharing the minute, and goes round them again when
 * a station is shorter (stationary circles: ten at most). Counts, bounds and pressure follow the
 * planner's rules, so a tool practice may end a few seconds early on a whole number of passes.
 * Given a zone that allows the technique (a zone page), the whole minute goes to that zone.
 */
export function practicePlan(
  technique: TechniqueId,
  t: Translate,
  zone?: ZoneId,
  screening: Screening = CLEAR,
): Pick<Plan, "steps" | "totalSeconds"> {
  const wanted =
    zone !== undefined && ZONES[zone].techniques.includes(technique)
      ? [zone]
      : practiceZones(technique);
  const { tool, oneSideAtATime } = TECHNIQUES[technique];
  const zones = wanted.filter(
    (z) => !screening.excludedZones.includes(z) && !toolBanned(screening, z, tool),
  );
  const parts: { zone: ZoneId; side: Side; length: number }[] = [];
  for (const z of zones) {
    const timing = stepTiming(z, technique);
    if (timing === undefined) continue;
    if (ZONES[z].sides === "pair" && oneSideAtATime) {
      const length = fitted(timing, PRACTICE_SECONDS / 2);
      parts.push({ zone: z, side: "left", length }, { zone: z, side: "right", length });
      break;
    }
    const side: Side = ZONES[z].sides === "pair" ? "both" : "center";
    parts.push({ zone: z, side, length: fitted(timing, PRACTICE_SECONDS / zones.length) });
  }
  const rounds = [...parts];
  let used = rounds.reduce((sum, p) => sum + p.length, 0);
  const sided = parts.some((p) => p.side === "left");
  for (let i = 0; parts.length > 0 && !sided; i++) {
    const again = parts[i % parts.length] as (typeof parts)[number];
    if (used + again.length > PRACTICE_SECONDS) break;
    rounds.push(again);
    used += again.length;
  }
  const steps = rounds.map((p, i) => {
    const pressure = blockPressure({ zone: p.zone, technique }, "wake-up", screening);
    const sections = stepTiming(p.zone, technique)?.sections ?? 1;
    const last = i === rounds.length - 1;
    return makeStep({ ...p, technique, sections, pressure, last }, t);
  });
  return { steps, totalSeconds: seconds(used) };
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
  t: Translate,
): PracticeResult {
  if (screening.verdict === "stop") {
    return { ok: false, reasons: screening.reasons.map((r) => r.message) };
  }
  const name = t(`technique.${technique}.name`);
  const { tool } = TECHNIQUES[technique];
  if (screening.bannedTechniques.includes(technique) || screening.bannedTools.includes(tool)) {
    const why = screening.reasons.map((r) => r.message);
    return { ok: false, reasons: [t("practice.not-now", { technique: name }), ...why] };
  }
  const plan = practicePlan(technique, t, zone, screening);
  if (plan.steps.length === 0) {
    return {
      ok: false,
      reasons: [t("practice.areas-left-out", { technique: t(`technique.${technique}.inline`) })],
    };
  }
  return { ok: true, plan };
}
