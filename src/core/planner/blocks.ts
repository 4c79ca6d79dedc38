import type { Goal } from "../model/goals.ts";
import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import type { ToolId } from "../model/tools.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";
import type { Screening } from "../safety/profile.ts";
import { toolBanned } from "../safety/screen.ts";
import { GOAL_RECIPES } from "./goal-recipes.ts";
import { type StepTiming, stepTiming } from "./step-timing.ts";

/**
 * Why a candidate is in a plan: the drainage `anchor`s, a goal's `key` movements, owned `tool`s,
 * zones a goal `support`s, `plain` everyday zones, a `second` movement on a zone already worked,
 * and `spare` movements used only when nothing else can fill the time (`ROLE_ORDER` below
 * ranks them).
 */
export type Role = "anchor" | "key" | "tool" | "support" | "plain" | "second" | "spare";

/** Something a plan may contain; its options in preference order. */
export interface Candidate {
  readonly role: Role;
  /** The ways to do it, in preference order, each a block ready to time. */
  readonly options: readonly Block[];
  /** Session length, in seconds, from which the plan must contain it; never when `Infinity`. */
  readonly requiredFrom: number;
  /** Opening and closing: the first candidate of a group the screen allows is the anchor. */
  readonly group?: "open" | "close";
}

/** One way of doing a candidate that this person may do today, with its timing worked out. */
export interface Block {
  readonly zone: ZoneId;
  readonly technique: TechniqueId;
  readonly tool: ToolId;
  readonly role: Role;
  /** Position in the session: the station's index, then anchors, tools and seconds within it. */
  readonly slot: number;
  readonly station: number;
  /** True when it is done one side at a time, so it becomes a left and a right step. */
  readonly sided: boolean;
  /** Muscle work on the face (held points, kneading), and face work that is not. */
  readonly muscle: boolean;
  readonly faceDrainage: boolean;
  readonly timing: StepTiming;
  /** Relative share of the time left once every step has its minimum. */
  readonly weight: number;
  /** Shortest and longest the whole block (both sides) may last. */
  readonly lo: number;
  readonly hi: number;
}

/** A candidate with only the ways the person may do it today. */
export interface Resolved {
  readonly candidate: Candidate;
  readonly role: Role;
  readonly requiredFrom: number;
  readonly blocks: readonly Block[];
}

/** What a goal adds to the weight of each zone it leads with or supports. */
export const GOAL_WEIGHT = 2;

const ROLE_ORDER: Readonly<Record<Role, number>> = {
  anchor: 0,
  key: 0,
  support: 0,
  plain: 0,
  tool: 1,
  second: 2,
  spare: 3,
};

/**
 * Importance of each role, most important first (the candidates' own order within a role). A
 * tool that the length does not require comes after the everyday finger work: short sessions
 * are for the hands.
 */
const RANK: Readonly<Record<Role, number>> = {
  anchor: 0,
  key: 1,
  support: 2,
  plain: 3,
  tool: 4,
  second: 5,
  spare: 6,
};

/** A zone's weight: its base share plus {@link GOAL_WEIGHT} for each chosen goal that uses it. */
export function zoneWeight(zone: ZoneId, goals: readonly Goal[]): number {
  let weight = ZONES[zone].baseWeight;
  for (const g of goals) {
    const r = GOAL_RECIPES[g];
    if (r.support.includes(zone) || r.key.some((m) => m.zone === zone)) weight += GOAL_WEIGHT;
  }
  return weight;
}

/**
 * A block for one option of a candidate, or `undefined` when the zone does not take the technique
 * or the two cannot make a step inside the time bounds. Fixed data for a candidate list, so it is
 * built with the list, once.
 */
export function makeBlock(
  zone: ZoneId,
  technique: TechniqueId,
  station: number,
  role: Role,
  goals: readonly Goal[],
): Block | undefined {
  const timing = stepTiming(zone, technique);
  if (timing === undefined || !ZONES[zone].techniques.includes(technique)) return undefined;
  const t = TECHNIQUES[technique];
  const sided = ZONES[zone].sides === "pair" && t.oneSideAtATime;
  const steps = sided ? 2 : 1;
  const weight = zoneWeight(zone, goals);
  return {
    zone,
    technique,
    tool: t.tool,
    role,
    slot: station * 4 + ROLE_ORDER[role],
    station,
    sided,
    muscle: t.muscleWork && ZONES[zone].region === "face",
    // The node in front of the ear belongs to the path, not to the face's own work.
    faceDrainage: !t.muscleWork && ZONES[zone].region === "face" && zone !== "jaw-angle",
    timing,
    weight: role === "second" || role === "spare" ? weight / 2 : weight,
    lo: steps * timing.min,
    hi: steps * timing.max,
  };
}

/**
 * The candidates this person may do today, each with the options the screen allows: excluded
 * zones and banned techniques and tools drop out. An opening or closing group's first allowed
 * candidate becomes its anchor, needed at every length; the others keep their own role.
 */
export function resolveCandidates(
  list: readonly Candidate[],
  screening: Screening,
): readonly Resolved[] {
  const open =
    screening.excludedZones.length === 0 &&
    screening.bannedTechniques.length === 0 &&
    screening.bannedTools.length === 0 &&
    Object.keys(screening.zoneBannedTools ?? {}).length === 0;
  const allowed = (b: Block): boolean =>
    !screening.excludedZones.includes(b.zone) &&
    !screening.bannedTechniques.includes(b.technique) &&
    !toolBanned(screening, b.zone, b.tool);
  let anchored = "";
  let promoted = false;
  const out: Resolved[] = [];
  for (const candidate of list) {
    const blocks = open ? candidate.options : candidate.options.filter(allowed);
    if (blocks.length === 0) continue;
    let role = candidate.role;
    let requiredFrom = candidate.requiredFrom;
    if (candidate.group !== undefined && !anchored.includes(candidate.group)) {
      anchored += ` ${candidate.group}`;
      promoted ||= role !== "anchor";
      role = "anchor";
      requiredFrom = 0;
    }
    out.push({ candidate, role, requiredFrom, blocks });
  }
  // A candidate promoted to anchor (the neck, when the collarbone is left out) ranks as one.
  return promoted ? out.sort((a, b) => RANK[a.role] - RANK[b.role]) : out;
}
