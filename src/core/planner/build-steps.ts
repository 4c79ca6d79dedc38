import { minPressure, type Pressure } from "../model/pressure.ts";
import { TECHNIQUES } from "../model/techniques.ts";
import { ZONES } from "../model/zones.ts";
import type { Screening } from "../safety/profile.ts";
import { pressureLimit } from "../safety/screen.ts";
import { seconds } from "../time/seconds.ts";
import { allocate } from "./allocate.ts";
import type { Block } from "./blocks.ts";
import { buildCues } from "./cues.ts";
import type { PlanOrder, PlanStep, Side } from "./plan-types.ts";
import { MIN_STEP_SECONDS } from "./select-blocks.ts";

/**
 * The pressure of a block: muscle work may use the zone's highest level, everything else its
 * usual one; a drainage session keeps all non-muscle work at level 1 (heavy pressure can close
 * lymph vessels); gua sha on the jawline stays at 1 because it bruises easily; the screen's caps
 * come last.
 */
export function blockPressure(block: Block, order: PlanOrder, screening: Screening): Pressure {
  const zone = ZONES[block.zone];
  const technique = TECHNIQUES[block.technique];
  let pressure: Pressure = technique.muscleWork ? zone.maxPressure : zone.defaultPressure;
  if (order === "drainage" && !technique.muscleWork) pressure = 1;
  if (block.technique === "gua-sha" && block.zone === "chin-jawline") pressure = 1;
  return minPressure(pressure, pressureLimit(screening, block.zone, block.tool));
}

function makeStep(
  block: Block,
  side: Side,
  length: number,
  pressure: Pressure,
  last: boolean,
): PlanStep {
  const perRep = TECHNIQUES[block.technique].secondsPerRep;
  const cues = buildCues({
    zone: block.zone,
    side,
    technique: block.technique,
    pressure,
    seconds: length,
    last,
  });
  const step: PlanStep = {
    zone: block.zone,
    side,
    technique: block.technique,
    tool: block.tool,
    direction: ZONES[block.zone].direction,
    pressure,
    seconds: seconds(length),
    cues,
  };
  // Counted techniques carry a target; the key is left out otherwise, so JSON shows no `reps`.
  return perRep === undefined ? step : { ...step, reps: Math.max(1, Math.floor(length / perRep)) };
}

/**
 * Times the chosen blocks so they fill `totalSeconds` exactly and turns them into steps. A sided
 * block becomes a left step then a right step of (nearly) equal length.
 */
export function buildSteps(
  blocks: readonly Block[],
  totalSeconds: number,
  order: PlanOrder,
  screening: Screening,
): readonly PlanStep[] {
  const lengths = allocate(
    blocks.map((b) => b.weight),
    blocks.map((b) => (b.sided ? 2 : 1) * MIN_STEP_SECONDS),
    totalSeconds,
  );
  const steps: PlanStep[] = [];
  for (const [i, block] of blocks.entries()) {
    const length = lengths[i] ?? 0;
    const pressure = blockPressure(block, order, screening);
    const last = i === blocks.length - 1;
    if (block.sided) {
      const left = Math.ceil(length / 2);
      steps.push(makeStep(block, "left", left, pressure, false));
      steps.push(makeStep(block, "right", length - left, pressure, last));
    } else {
      const side: Side = ZONES[block.zone].sides === "pair" ? "both" : "center";
      steps.push(makeStep(block, side, length, pressure, last));
    }
  }
  return steps;
}
