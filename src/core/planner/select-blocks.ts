import type { Block, Resolved } from "./blocks.ts";
import type { PlanOrder } from "./plan-types.ts";
import { ROTATION_DAYS } from "./rotation.ts";

/**
 * How many steps a session of `totalSeconds` aims at: a step length that grows from about 20 s
 * in a one-minute session to a minute in a twenty-minute one (practice: 30–60 s an area), and
 * never fewer than the order needs (drainage: open, node in front of the ear, face, close).
 */
export function wantedSteps(totalSeconds: number, order: PlanOrder): number {
  const target = 20 + totalSeconds / 30;
  return Math.max(order === "drainage" ? 4 : 3, Math.round(totalSeconds / target));
}

const stepsOf = (b: Block): number => (b.sided ? 2 : 1);

/** The running choice: a block for each candidate taken, with their totals. */
class Choice {
  /** Candidates taken and their blocks, side by side (arrays: the planner runs hot). */
  readonly taken: Resolved[] = [];
  readonly blocks: Block[] = [];
  lo = 0;
  hi = 0;
  steps = 0;

  has(r: Resolved): boolean {
    return this.taken.includes(r);
  }

  get(r: Resolved): Block | undefined {
    const i = this.taken.indexOf(r);
    return i < 0 ? undefined : this.blocks[i];
  }

  set(r: Resolved, b: Block): void {
    const i = this.taken.indexOf(r);
    const old = i < 0 ? undefined : this.blocks[i];
    if (old !== undefined) {
      this.lo -= old.lo;
      this.hi -= old.hi;
      this.steps -= stepsOf(old);
      this.blocks[i] = b;
    } else {
      this.taken.push(r);
      this.blocks.push(b);
    }
    this.lo += b.lo;
    this.hi += b.hi;
    this.steps += stepsOf(b);
  }

  /** True when the block would repeat a movement, or (for a first movement) a zone's station. */
  clashes(b: Block, r: Resolved): boolean {
    const first = r.role === "support" || r.role === "plain";
    for (let i = 0; i < this.blocks.length; i++) {
      const c = this.blocks[i] as Block;
      if (this.taken[i] === r || c.station !== b.station) continue;
      if (first || c.technique === b.technique) return true;
    }
    return false;
  }

  /** True when a drainage movement already works the face (muscle work may follow it). */
  drainsFace(): boolean {
    for (const c of this.blocks) if (c.faceDrainage) return true;
    return false;
  }

  /** True when some block already works the zone (a second movement needs a first). */
  works(zone: Block["zone"]): boolean {
    for (const c of this.blocks) if (c.zone === zone) return true;
    return false;
  }

  /** True when another tool already works the block's zone. */
  toolThere(b: Block, r: Resolved): boolean {
    for (let i = 0; i < this.blocks.length; i++) {
      const c = this.blocks[i] as Block;
      if (this.taken[i] !== r && c.tool !== "fingers" && c.zone === b.zone) return true;
    }
    return false;
  }
}

/**
 * The option of `r` to use: the first in preference order that fits `room` seconds and does not
 * clash; for a tool, one on a zone no other tool works if there is such an option. In a drainage
 * session (`drains`) muscle work on the face waits until a drainage movement works the face, so
 * a short session never has firm work as its only face step.
 */
function firstFitting(
  choice: Choice,
  r: Resolved,
  room: number,
  drains = false,
): Block | undefined {
  let fallback: Block | undefined;
  for (const b of r.blocks) {
    if (b.lo > room || choice.clashes(b, r)) continue;
    if (drains && b.muscle && !choice.drainsFace()) continue;
    if (r.role !== "tool" || !choice.toolThere(b, r)) return b;
    fallback ??= b;
  }
  return fallback;
}

/** The day of the rotation, and how many everyday zones a plan takes before its extras. */
export interface Rotation {
  readonly variant: number;
  /**
   * A plan with goals spends its time on them and takes only a few everyday zones, the day's
   * ones; a plan without takes as many as it has room for.
   */
  readonly everydayCap: number;
}

/** Everyday zones in a plan with goals, unless nothing else can fill the time. */
export const GOAL_PLAN_EVERYDAY_ZONES = 3;

/**
 * The candidates not yet in the plan, in the order a plan takes them: a goal's zones (its key
 * movements too, when the length does not require them) and the everyday zones taking turns,
 * each list started a third of the way further round for each day of the rotation, so that
 * however many a short plan has room for, the three days take different ones; then the rest.
 */
function inRotation(
  resolved: readonly Resolved[],
  choice: Choice,
  totalSeconds: number,
  { variant, everydayCap }: Rotation,
): readonly Resolved[] {
  const zones = new Set<string>();
  const open = (roles: readonly Resolved["role"][]): readonly Resolved[] => {
    const pool = resolved.filter((r) => {
      const zone = r.blocks[0]?.zone;
      if (zone === undefined || !roles.includes(r.role) || r.requiredFrom <= totalSeconds)
        return false;
      if (choice.has(r)) return false;
      // The neck and collarbone of the drainage path may come twice, on the way in and out.
      if (r.candidate.group !== undefined) return true;
      if (choice.works(zone) || zones.has(zone)) return false;
      zones.add(zone);
      return true;
    });
    const start = Math.floor((pool.length * variant) / ROTATION_DAYS);
    return [...pool.slice(start), ...pool.slice(0, start)];
  };
  // Goal zones and everyday zones take turns, so even a short goal plan has a zone of the day;
  // a zone is in one list only, the goal's.
  const goal = open(["key", "support"]);
  const pool = open(["plain"]);
  const plain = pool.slice(0, everydayCap);
  const mixed: Resolved[] = [];
  for (let i = 0; i < Math.max(goal.length, plain.length); i++) {
    const g = goal[i];
    const p = plain[i];
    if (g !== undefined) mixed.push(g);
    if (p !== undefined) mixed.push(p);
  }
  // A goal or everyday zone left out of the lists is worked already: it does not come back.
  const rest = resolved.filter(
    (r) => r.role !== "key" && r.role !== "support" && r.role !== "plain",
  );
  return [...mixed, ...rest];
}

/**
 * Chooses what a session of `totalSeconds` contains, returned in session order. First every
 * candidate the length requires, each in its quickest form so all of them fit; then each of
 * those in its preferred form where the time allows; then the rest in order of importance up to
 * {@link wantedSteps}, the everyday zones from the day's point in their cycle; then more, if that
 * is still too little to fill the time.
 */
export function selectBlocks(
  resolved: readonly Resolved[],
  totalSeconds: number,
  order: PlanOrder,
  rotation: Rotation,
): readonly Block[] {
  const choice = new Choice();
  const required = resolved.filter((r) => r.requiredFrom <= totalSeconds);
  for (const r of required) {
    let quickest: Block | undefined;
    for (const b of r.blocks)
      if (!choice.clashes(b, r) && (quickest === undefined || b.lo < quickest.lo)) quickest = b;
    if (quickest !== undefined && choice.lo + quickest.lo <= totalSeconds) choice.set(r, quickest);
  }
  for (const r of required) {
    const current = choice.get(r);
    if (current === undefined) continue;
    const better = firstFitting(choice, r, totalSeconds - choice.lo + current.lo);
    if (better !== undefined && better !== current) choice.set(r, better);
  }
  // However full the required part, a zone of the day still goes in when there is time for it.
  const wanted = Math.max(wantedSteps(totalSeconds, order), choice.steps + 1);
  const optional = (r: Resolved, spare: boolean, maxSteps: number): void => {
    if (choice.has(r) || (r.role === "spare") !== spare) return;
    const b = firstFitting(choice, r, totalSeconds - choice.lo, order === "drainage");
    if (b === undefined || choice.steps + stepsOf(b) > maxSteps) return;
    if ((r.role === "second" || r.role === "spare") && !choice.works(b.zone)) return;
    choice.set(r, b);
  };
  for (const r of inRotation(resolved, choice, totalSeconds, rotation)) optional(r, false, wanted);
  for (const spare of [false, true])
    for (const r of resolved)
      if (choice.hi < totalSeconds) optional(r, spare, Number.POSITIVE_INFINITY);
  return [...choice.blocks].sort((a, b) => a.slot - b.slot);
}
