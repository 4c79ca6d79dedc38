import { TECHNIQUES } from "../../core/model/techniques.ts";
import type { PlanStep } from "../../core/planner/plan-types.ts";
import { circleGuide, type Guide, lineGuide, loopsGuide, pointsGuide } from "./guides.ts";
import type { Grip } from "./hand-art.tsx";
import { gripFor, MOTION_OF, type MotionKind } from "./motion-kinds.ts";
import { toolHold } from "./tool-hold.ts";
import { type Half, ZONE_ART } from "./zone-art.ts";

/** What a step needs to be animated (a `PlanStep` has it all). */
export type MotionStep = Pick<
  PlanStep,
  "zone" | "side" | "technique" | "seconds" | "sections" | "reps"
>;

/**
 * A step's animation worked out once: the hands, the guides they follow, and the tempo. The step
 * is a run of sections (one line each, or the zone's one place), each worked `passes` times,
 * `passMs` a pass, so it fills the step's seconds exactly.
 */
export interface StepMotion {
  readonly kind: MotionKind;
  readonly grip: Grip;
  readonly durationMs: number;
  /** The hands drawn, each on its own side of the face. */
  readonly hands: readonly Half[];
  /** The paths, on the left side; the right hand follows their mirror images. */
  readonly guides: readonly Guide[];
  /** In order: the guide worked, and by which hands (both at once, or one side then the other). */
  readonly sections: readonly { readonly guide: number; readonly hands: readonly Half[] }[];
  readonly passes: number;
  readonly passMs: number;
  /** Circles, taps or pinches in one pass. */
  readonly cycles: number;
  /** Which way the fingers point, degrees. */
  readonly reach: number;
  /** How a roller's or a stone's hand holds it (see `toolHold`). */
  readonly toolTurn: number;
  readonly armTurn: number;
  readonly wristBend: number;
}

/**
 * Practice figures for movements the core does not count (domain notes, section 4b: a stroke or a
 * pass takes 1–2 s): four small circles in one pass, five pinches across a brow, about four taps
 * a second on one pass of four seconds, a kneading circle every 2.5 s.
 */
const LOOPS_PER_PASS = 4;
const PINCHES_PER_PASS = 5;
const TAP_PASS_S = 4;
const TAPS_PER_S = 4;
const KNEAD_S = 2.5;
/** The share of a pass on the skin; the rest is the lift and return to the start. */
export const ON_SKIN = 0.72;
/** The share of a travelling pass (circles, taps, pinches) on the skin. */
export const TRAVEL_ON_SKIN = 0.86;

const whole = (n: number) => Math.max(1, Math.round(n));

function handsOf(step: MotionStep): readonly Half[] {
  if (step.side === "left" || step.side === "right") return [step.side];
  return ["left", "right"];
}

function guidesOf(step: MotionStep, kind: MotionKind, cycles: number): readonly Guide[] {
  const art = ZONE_ART[step.zone];
  switch (kind) {
    case "glide":
      return art.lines.map((l) => lineGuide(l));
    case "loops":
      return [loopsGuide(art.flow, cycles, step.zone === "temples" ? 3.4 : 4)];
    case "circle":
    case "knead": {
      // A zone drawn with no spot of its own circles round its centre.
      const spot = art.spot ?? { at: art.anchor, radius: 5 };
      return [circleGuide(spot.at, spot.radius)];
    }
    case "tap":
      return [lineGuide(art.flow, true)];
    case "pinch":
      return [lineGuide(art.flow)];
    case "hold":
      return [pointsGuide(art.points ?? [art.anchor])];
  }
}

/**
 * How many passes a step makes, and the circles, taps or pinches in each. A counted step keeps its
 * count (a roller's five passes along each of three lines are fifteen passes); one done by time
 * gets the practice tempo above.
 */
function tempo(
  step: MotionStep,
  kind: MotionKind,
  lines: number,
): { passes: number; cycles: number } {
  const perRep = TECHNIQUES[step.technique].secondsPerRep ?? 1;
  const counted = (fallback: number) => step.reps ?? whole(fallback);
  switch (kind) {
    case "glide": {
      const exact = step.reps !== undefined && step.sections === lines;
      return {
        passes: exact ? (step.reps as number) : whole(Math.floor(step.seconds / (lines * perRep))),
        cycles: 1,
      };
    }
    case "loops": {
      const circles = counted(step.seconds / perRep);
      const passes = whole(circles / LOOPS_PER_PASS);
      return { passes, cycles: whole(circles / passes) };
    }
    case "circle":
      return { passes: counted(step.seconds / perRep), cycles: 1 };
    case "knead":
      return { passes: whole(step.seconds / KNEAD_S), cycles: 1 };
    case "tap": {
      const passes = whole(step.seconds / TAP_PASS_S);
      return { passes, cycles: whole((step.seconds / passes) * TRAVEL_ON_SKIN * TAPS_PER_S) };
    }
    case "pinch": {
      const pinches = counted(step.seconds / perRep);
      const passes = whole(pinches / PINCHES_PER_PASS);
      return { passes, cycles: whole(pinches / passes) };
    }
    case "hold":
      return { passes: counted(step.seconds / perRep), cycles: 1 };
  }
}

/**
 * The animation of a step: which hands, along which paths, how many passes and how long each.
 * A tool in one hand on a midline zone (a roller on the forehead) works the left half's lines,
 * then the right half's; otherwise both hands move together, or the one side's hand alone.
 */
export function stepMotion(step: MotionStep): StepMotion {
  const kind = MOTION_OF[step.technique];
  const t = TECHNIQUES[step.technique];
  const hands = handsOf(step);
  const oneAtATime = step.side === "center" && t.oneSideAtATime;
  const lineCount = kind === "glide" ? ZONE_ART[step.zone].lines.length : 1;
  const sectionCount = oneAtATime ? lineCount * 2 : lineCount;
  const { passes, cycles } = tempo(step, kind, sectionCount);
  const guides = guidesOf(step, kind, cycles);
  const sections = oneAtATime
    ? (["left", "right"] as const).flatMap((h) => guides.map((_, g) => ({ guide: g, hands: [h] })))
    : guides.map((_, g) => ({ guide: g, hands }));
  const durationMs = Math.max(0, step.seconds * 1000);
  const art = ZONE_ART[step.zone];
  const grip = gripFor(step.zone, step.technique);
  return {
    kind,
    grip,
    durationMs,
    hands,
    guides,
    sections,
    passes,
    passMs: durationMs / (sections.length * passes),
    cycles,
    reach: art.reach,
    ...toolHold(grip, guides[0]),
  };
}
