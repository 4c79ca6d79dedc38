import { GOALS, type Goal } from "../model/goals.ts";
import type { TechniqueId } from "../model/techniques.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";
import { type Block, type Candidate, makeBlock, type Role } from "./blocks.ts";
import { GOAL_RECIPES, type Move, PLAIN_TOOL_ZONES, type PlacedTool } from "./goal-recipes.ts";
import type { PlanOrder } from "./plan-types.ts";
import { choiceDays, choiceOf, EVERYDAY_CHOICES, everyday, rotate, swapOn } from "./rotation.ts";
import { stationIndex } from "./stations.ts";

/** Sessions of four minutes or more use every owned tool, and the weekly one the shoulders. */
export const TOOLS_FROM_SECONDS = 240;
/** From five minutes up a plan keeps every chosen goal's key movements. */
export const KEYS_FROM_SECONDS = 300;

/**
 * Everyday zones, interleaving large and small areas; short plans take them from a point that
 * moves with the day (see `selectBlocks`).
 */
const PLAIN_CYCLE: readonly ZoneId[] = [
  "cheeks",
  "under-eyes",
  "nose-sides",
  "forehead",
  "temples",
  "brows",
  "chin-jawline",
  "under-cheekbone",
  "mouth",
];

/**
 * Zones worth a second, different movement on a long session: those with two everyday ones that
 * sit at the same station. On the temples and the jaw muscle the muscle work waits for the end
 * of a drainage session, so a second there would only undo the day's choice; it stays a spare.
 */
const SECOND_ZONES: readonly ZoneId[] = [
  "under-eyes",
  "brows",
  "forehead",
  "cheeks",
  "under-cheekbone",
];

/** Movements kept for filling time when the usual ones cannot (a goal's signature among them). */
const SPARE: readonly Move[] = [
  { zone: "cheeks", techniques: ["small-circles"] },
  { zone: "under-cheekbone", techniques: ["pressure-points"] },
  { zone: "temples", techniques: ["pressure-points"] },
  { zone: "masseter", techniques: ["kneading"] },
  { zone: "shoulders", techniques: ["pressure-points"] },
  { zone: "jaw-angle", techniques: ["stationary-circles"], close: true },
];

/** What a candidate list depends on: fixed for a given order, day, goals and tools. */
export interface MovesKey {
  readonly order: PlanOrder;
  readonly weekly: boolean;
  readonly goals: readonly Goal[];
  readonly variant: number;
  /** Tools the plan may use (owned, allowed, not fingers only). */
  readonly tools: readonly PlacedTool[];
}

function builder(key: MovesKey, days: ReadonlyMap<string, number>) {
  const out: Candidate[] = [];
  // Another goal's signature movement never goes into a plan with goals (see `goal-recipes.ts`).
  const own = signatureGoals(key.goals);
  const forbidden = GOALS.flatMap((g) => {
    const sig = GOAL_RECIPES[g].signature;
    return sig === undefined || own.length === 0 || own.includes(g) ? [] : [sig];
  });
  const allowed = (zone: ZoneId, technique: TechniqueId, close: boolean): boolean =>
    !forbidden.some(
      (m) => m.zone === zone && m.techniques?.includes(technique) && (m.close ?? false) === close,
    );
  const options = (
    role: Role,
    zone: ZoneId,
    techniques: readonly TechniqueId[],
    close = false,
  ): Block[] =>
    techniques.flatMap((technique) => {
      if (!allowed(zone, technique, close)) return [];
      const station = stationIndex(key.order, zone, technique, close);
      const block = makeBlock(zone, technique, station, role, key.goals);
      return block === undefined ? [] : [block];
    });
  const add = (
    role: Role,
    move: Move,
    requiredFrom = Number.POSITIVE_INFINITY,
    group?: "open" | "close",
  ): void => {
    const given = move.techniques;
    const techniques =
      given === undefined
        ? everyday(move.zone, key.variant, days, key.order)
        : move.alternates === true
          ? swapOn(given, key.variant, days.get(move.zone))
          : given;
    const opts = options(role, move.zone, techniques, move.close);
    if (opts.length === 0) return;
    out.push(
      group === undefined
        ? { role, options: opts, requiredFrom }
        : { role, options: opts, requiredFrom, group },
    );
  };
  return { out, add, options };
}

/** The chosen goals that change the plan (all but absorption). */
function signatureGoals(goals: readonly Goal[]): readonly Goal[] {
  return goals.filter((g) => GOAL_RECIPES[g].signature !== undefined);
}

/** Where a tool serves the goals best: their places taken in turn; the plain places without one. */
function toolPlaces(tool: PlacedTool, goals: readonly Goal[]): readonly ZoneId[] {
  const lists = goals.map((g) => GOAL_RECIPES[g].tools[tool]).filter((l) => l.length > 0);
  const merged: ZoneId[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) {
      const z = l[i];
      if (z !== undefined && !merged.includes(z)) merged.push(z);
    }
  return merged.length > 0 ? merged : PLAIN_TOOL_ZONES[tool];
}

function build(key: MovesKey): readonly Candidate[] {
  const keys = key.goals.flatMap((g) => GOAL_RECIPES[g].key);
  const support = key.goals.flatMap((g) => GOAL_RECIPES[g].support);
  const places = key.tools.map((tool) => ({ tool, zones: toolPlaces(tool, key.goals) }));
  // Two-way choices in order of importance, whatever the day, so their days are spread.
  const choice = (zone: ZoneId): readonly string[] => {
    const c = choiceOf(zone);
    return c === undefined ? [] : [c];
  };
  const days = choiceDays([
    ...keys.flatMap((m) =>
      m.alternates === true ? [m.zone] : m.techniques === undefined ? choice(m.zone) : [],
    ),
    ...(key.weekly ? ["shoulders"] : []),
    ...support.flatMap(choice),
    ...EVERYDAY_CHOICES,
  ]);
  const { out, add, options } = builder(key, days);
  const drains = key.order === "drainage";
  if (drains) {
    add("anchor", { zone: "collarbone" }, 0, "open");
    add("anchor", { zone: "jaw-angle" }, 0);
  }
  add("anchor", { zone: "neck-sides", close: true }, 0, "close");
  if (key.weekly) add("plain", { zone: "shoulders" }, TOOLS_FROM_SECONDS);
  for (const move of keys) add("key", move, move.always === true ? 0 : KEYS_FROM_SECONDS);
  for (const { tool, zones } of places) {
    const turned = rotate(zones, key.variant);
    const rest = ZONE_IDS.filter((z) => ZONES[z].tools.includes(tool) && !zones.includes(z));
    out.push({
      role: "tool",
      options: [...turned, ...rest].flatMap((z) => options("tool", z, [tool])),
      requiredFrom: TOOLS_FROM_SECONDS,
    });
  }
  for (const zone of support) if (zone !== "shoulders" || key.weekly) add("support", { zone });
  const plain = [...PLAIN_CYCLE, "masseter" as const];
  for (const zone of drains ? plain : [...plain, "jaw-angle" as const]) add("plain", { zone });
  if (drains) {
    // The full path of section 2: down the neck after the collarbone, the collarbone after the
    // neck. From five minutes up always; below that, after the face. Either one stands in as the
    // anchor when the screen leaves out the other.
    add("plain", { zone: "neck-sides" }, KEYS_FROM_SECONDS, "open");
    add("plain", { zone: "collarbone", close: true }, KEYS_FROM_SECONDS, "close");
  }
  // A second pass takes whichever everyday movement the zone has not had; the goal's zones first.
  const goalZones = [...keys.map((m) => m.zone), ...support];
  const seconds = [
    ...SECOND_ZONES.filter((z) => goalZones.includes(z)),
    ...SECOND_ZONES.filter((z) => !goalZones.includes(z)),
  ];
  for (const zone of seconds) add("second", { zone });
  for (const move of SPARE) if (move.zone !== "shoulders" || key.weekly) add("spare", move);
  return out;
}

const memo = new Map<number, readonly Candidate[]>();

/**
 * The candidates of a plan, most important first. Fixed data for each order, day of the
 * rotation, goal set and tool set, so each list is built once and shared.
 */
export function candidates(key: MovesKey): readonly Candidate[] {
  let id = key.order === "drainage" ? 1 : 0;
  id = id * 2 + (key.weekly ? 1 : 0);
  id = id * 4 + key.variant;
  for (const g of GOALS) id = id * 2 + (key.goals.includes(g) ? 1 : 0);
  for (const t of ["roller", "gua-sha"] as const) id = id * 2 + (key.tools.includes(t) ? 1 : 0);
  let found = memo.get(id);
  if (found === undefined) {
    found = build(key);
    memo.set(id, found);
  }
  return found;
}
