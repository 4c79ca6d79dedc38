import { translatorFor } from "../../i18n/node-translator.ts";
import { CONDITIONS, type Condition } from "../model/conditions.ts";
import type { Goal } from "../model/goals.ts";
import { TECHNIQUES } from "../model/techniques.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";
import { FACE_ZONES } from "../safety/adjustment.ts";
import { injectedArea } from "../safety/injection-neighbours.ts";
import { screen } from "../safety/screen.ts";
import { diffDays, type LocalDate } from "../time/local-date.ts";
import { speakingSeconds } from "./cues.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import type { Plan, PlanInput, PlanStep } from "./plan-types.ts";

const en = translatorFor("en");

/**
 * The planner's rules, checked from the outside for property tests: each check returns what it
 * found wrong, in words, so a failing property names the rule. The figures are written out here
 * from the domain notes rather than read from the planner's own tables.
 */

/** The conditions that stop a session (domain notes, section 5), and the ones that adjust it. */
export const STOPS: readonly Condition[] = [
  "infection",
  "blood-clot",
  "heart-failure",
  "unexplained-swelling",
  "cancer-treatment",
  "fever",
  "migraine-now",
  "head-neck-lymphedema",
  "throat-swelling",
];
export const ADJUSTING: readonly Condition[] = CONDITIONS.filter((c) => !STOPS.includes(c));

/** Face drainage, centre outward (domain notes, section 2). */
const FACE_ORDER: readonly ZoneId[] = [
  "chin-jawline",
  "mouth",
  "nose-sides",
  "cheeks",
  "under-cheekbone",
  "under-eyes",
  "brows",
  "forehead",
  "temples",
];
/** Section 4b: passes or strokes per line, and lines per step (a midline zone: per half, twice). */
const PER_LINE = { roller: [5, 8], "gua-sha": [3, 5] } as const;
const LINES: Partial<Record<ZoneId, number>> = {
  cheeks: 3,
  forehead: 6,
  "neck-sides": 2,
  "chin-jawline": 2,
  "under-eyes": 1,
};
/** Longest step of each kind: ten stationary circles, 60 s of kneading a side, 90 s otherwise. */
export const LONGEST: Partial<Record<PlanStep["technique"], number>> = {
  "stationary-circles": 20,
  kneading: 60,
};
/** Rule 3: the zones each goal cannot do without. */
const KEY_ZONES: Readonly<Record<Goal, readonly ZoneId[]>> = {
  puffiness: ["under-eyes", "jaw-angle"],
  glow: ["cheeks", "forehead"],
  firmness: ["chin-jawline", "under-cheekbone"],
  tension: ["masseter", "temples"],
  absorption: [],
};
/** Where each tool may go (domain notes, section 4). */
const TOOL_ZONES = {
  roller: ["neck-sides", "cheeks", "under-eyes", "forehead"],
  "gua-sha": ["chin-jawline", "cheeks", "forehead"],
} as const;

/** The zones that must not appear, worked out independently of the screen. */
export function expectedExclusions(input: PlanInput): ReadonlySet<ZoneId> {
  const out = new Set<ZoneId>(input.skipZones ?? []);
  for (const shot of input.injectables ?? []) {
    const days = diffDays(shot.date as LocalDate, input.date as LocalDate);
    // The injection day and the next leave the whole face out; then the zone and its neighbours.
    if (days >= 0 && days < 2) for (const z of FACE_ZONES) out.add(z);
    if (days >= 2 && days < 14) for (const z of injectedArea(shot.kind, shot.zone)) out.add(z);
  }
  if ((input.conditions ?? []).includes("trigeminal-neuralgia"))
    for (const z of FACE_ZONES) out.add(z);
  const neck = (input.conditions ?? []).some(
    (c) => c === "thyroid" || c === "carotid" || c === "arrhythmia",
  );
  if (neck || (input.age ?? 0) > 60) out.add("neck-sides");
  return out;
}

const isFace = (z: ZoneId): boolean => ZONES[z].region === "face" && z !== "jaw-angle";

/**
 * Rule 6 and section 2: open at the collarbone (the neck when it is left out), the node in front
 * of the ear before the face, the face centre outward, no firm (level 3) step before the face is
 * drained, close down the neck (to the collarbone when the neck is left out).
 */
export function drainageProblems(steps: readonly PlanStep[], excluded: ReadonlySet<ZoneId>) {
  const out: string[] = [];
  const zones = steps.map((s) => s.zone);
  const opening = !excluded.has("collarbone") ? "collarbone" : "neck-sides";
  if (!excluded.has(opening) && zones[0] !== opening) out.push(`opens with ${zones[0]}`);
  const firstFace = zones.findIndex(isFace);
  if (
    firstFace >= 0 &&
    !excluded.has("jaw-angle") &&
    !zones.slice(0, firstFace).includes("jaw-angle")
  )
    out.push("no node in front of the ear before the face");
  const drainage = steps
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => ZONES[s.zone].region === "face" && !TECHNIQUES[s.technique].muscleWork);
  const ranks = drainage.map(({ s }) => FACE_ORDER.indexOf(s.zone)).filter((r) => r >= 0);
  if (ranks.some((r, i) => r < (ranks[i - 1] ?? 0))) out.push("face not centre outward");
  const lastDrain = drainage.at(-1)?.i ?? -1;
  if (steps.some((s, i) => s.pressure === 3 && i < lastDrain))
    out.push("firm step before the face is drained");
  const lastFace = zones.findLastIndex((z) => ZONES[z].region !== "neck");
  const last = zones.at(-1);
  if (!excluded.has("neck-sides")) {
    if (lastFace >= 0 && zones[lastFace + 1] !== "neck-sides")
      out.push("does not close down the neck");
    if (last !== "neck-sides" && last !== "collarbone") out.push(`ends with ${last}`);
  } else if (!excluded.has("collarbone") && last !== "collarbone") out.push(`ends with ${last}`);
  if (steps.some((s) => s.zone === "neck-sides" && !s.direction.includes("down")))
    out.push("neck not stroked down");
  return out;
}

/** Cues start at 0, mark halfway and the last five seconds, and can each be said in time. */
export function cueProblems(step: PlanStep): string[] {
  const out: string[] = [];
  const cues = step.cues;
  if (cues[0]?.at !== 0) out.push("first cue not at 0");
  if (cues[0]?.kind !== (step.side === "right" ? "switch-side" : "start"))
    out.push("first cue kind");
  if (cues.find((c) => c.kind === "halfway")?.at !== Math.floor(step.seconds / 2))
    out.push("halfway cue");
  if (cues.find((c) => c.kind === "last-five")?.at !== step.seconds - 5) out.push("last-five cue");
  cues.forEach((cue, i) => {
    const next = cues[i + 1]?.at ?? step.seconds;
    if (next <= cue.at || cue.text.length === 0) out.push(`cue ${i} empty or out of order`);
    if (speakingSeconds(cue.text) > next - cue.at) out.push(`cue "${cue.text}" too long`);
  });
  return out;
}

/** Rules 1 and 5: a step's length, and for a tool its lines, passes and pace (section 4b). */
export function timingProblems(step: PlanStep): string[] {
  const out: string[] = [];
  const where = `${step.zone} ${step.side} ${step.technique}`;
  if (step.seconds < 15 || step.seconds > (LONGEST[step.technique] ?? 90))
    out.push(`${where}: ${step.seconds} s`);
  if (!(step.sections >= 1)) out.push(`${where}: ${step.sections} sections`);
  if (step.tool === "roller" || step.tool === "gua-sha") {
    const [fewest, most] = PER_LINE[step.tool];
    const reps = step.reps ?? 0;
    if (step.sections !== LINES[step.zone]) out.push(`${where}: ${step.sections} lines`);
    if (reps < fewest || reps > most) out.push(`${where}: ${reps} a line`);
    if (step.seconds !== step.sections * reps * 2) out.push(`${where}: not 2 s a pass`);
  }
  return out;
}

/**
 * Rules 2 and 3: from four minutes up every owned tool the screen allows is used (unless fingers
 * only, or every zone it may work is left out); fingers only means no tool at all; a puffiness
 * plan always has the under-eyes and the node in front of the ear; from five minutes up every
 * chosen goal's key zones are in. Zones "left out" are the screen's.
 */
export function goalAndToolProblems(input: PlanInput, plan: Plan): string[] {
  const out: string[] = [];
  const parsed = parsePlanInput(input);
  if (!parsed.ok || plan.verdict === "stop") return out;
  const screening = screen(parsed.value, parsed.value.date, en);
  const left = (z: ZoneId): boolean => !screening.excludedZones.includes(z);
  const zones = new Set(plan.steps.map((s) => s.zone));
  const goals = parsed.value.goals;
  for (const g of goals) {
    const needed = g === "puffiness" || input.minutes >= 5;
    for (const z of KEY_ZONES[g]) if (needed && left(z) && !zones.has(z)) out.push(`${g}: no ${z}`);
  }
  const used = new Set(plan.steps.map((s) => s.tool));
  if (parsed.value.fingersOnly && (used.has("roller") || used.has("gua-sha")))
    out.push("a tool in a fingers-only plan");
  if (parsed.value.fingersOnly || input.minutes < 4) return out;
  for (const tool of ["roller", "gua-sha"] as const) {
    // Owned, and allowed on at least one zone the plan may use (injections and procedures ban
    // face tools zone by zone).
    const wanted =
      parsed.value.tools.includes(tool) &&
      !screening.bannedTools.includes(tool) &&
      TOOL_ZONES[tool].some(
        (z) => left(z) && !(screening.zoneBannedTools?.[z] ?? []).includes(tool),
      );
    if (wanted && !used.has(tool)) out.push(`${tool} owned but not used`);
  }
  return out;
}
