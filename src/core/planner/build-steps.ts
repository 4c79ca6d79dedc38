import type { Translate } from "../i18n/translate.ts";
import { minPressure, type Pressure } from "../model/pressure.ts";
import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";
import type { Screening } from "../safety/profile.ts";
import { pressureLimit } from "../safety/screen.ts";
import { seconds } from "../time/seconds.ts";
import type { Block } from "./blocks.ts";
import { buildCues } from "./cues.ts";
import { fillTime } from "./fill-time.ts";
import type { PlanOrder, PlanStep, Side } from "./plan-types.ts";
import { repsFor } from "./step-timing.ts";

/**
 * The pressure of a zone worked with a technique: muscle work may use the zone's highest level,
 * everything else its usual one; a drainage session keeps all non-muscle work at level 1 (heavy
 * pressure can close lymph vessels); gua sha on the jawline stays at 1 because it bruises easily;
 * the screen's caps come last.
 */
export function blockPressure(
  block: { readonly zone: ZoneId; readonly technique: TechniqueId },
  order: PlanOrder,
  screening: Screening,
): Pressure {
  const zone = ZONES[block.zone];
  const technique = TECHNIQUES[block.technique];
  let pressure: Pressure = technique.muscleWork ? zone.maxPressure : zone.defaultPressure;
  if (order === "drainage" && !technique.muscleWork) pressure = 1;
  if (block.technique === "gua-sha" && block.zone === "chin-jawline") pressure = 1;
  return minPressure(pressure, pressureLimit(screening, block.zone, technique.tool));
}

/** Where and how one step works, before its count and cues are made. */
export interface StepPlace {
  readonly zone: ZoneId;
  readonly technique: TechniqueId;
  readonly side: Side;
  /** Seconds. */
  readonly length: number;
  readonly sections: number;
  readonly pressure: Pressure;
  /** True for the last step of the session. */
  readonly last: boolean;
}

/** One step of a zone and technique, with its count, its pressure and its cues in `t`'s words. */
export function makeStep(place: StepPlace, t: Translate): PlanStep {
  const { zone, technique, side, length, sections, pressure, last } = place;
  const reps = repsFor(technique, sections, length);
  const cues = buildCues(
    { zone, side, technique, pressure, sections, reps, seconds: length, last },
    t,
  );
  const tool = TECHNIQUES[technique].tool;
  const direction = t(`zone.${zone}.direction`);
  const time = seconds(length);
  // Counted techniques carry their count; the key is left out otherwise, so JSON shows no `reps`.
  return reps === undefined
    ? { zone, side, technique, tool, direction, pressure, seconds: time, sections, cues }
    : { zone, side, technique, tool, direction, pressure, seconds: time, sections, reps, cues };
}

/**
 * Times the chosen blocks and turns them into steps: a sided block becomes a left and a right
 * step of equal length (or a second apart). The steps add up to `totalSeconds` unless even the
 * longest each block may last falls short; the caller tells the person then.
 */
export function buildSteps(
  blocks: readonly Block[],
  totalSeconds: number,
  order: PlanOrder,
  screening: Screening,
  t: Translate,
): readonly PlanStep[] {
  const lengths = fillTime(
    blocks.map((b) => ({
      lo: b.lo,
      hi: b.hi,
      unit: (b.sided ? 2 : 1) * b.timing.unit,
      weight: b.weight,
    })),
    totalSeconds,
  );
  const steps: PlanStep[] = [];
  for (const [i, block] of blocks.entries()) {
    const length = lengths[i] ?? 0;
    const pressure = blockPressure(block, order, screening);
    const last = i === blocks.length - 1;
    const { zone, technique } = block;
    const sections = block.timing.sections;
    if (block.sided) {
      const left = Math.ceil(length / 2);
      const right = length - left;
      steps.push(
        makeStep(
          { zone, technique, sections, pressure, side: "left", length: left, last: false },
          t,
        ),
      );
      steps.push(
        makeStep({ zone, technique, sections, pressure, side: "right", length: right, last }, t),
      );
    } else {
      const side: Side = ZONES[zone].sides === "pair" ? "both" : "center";
      steps.push(makeStep({ zone, technique, sections, pressure, side, length, last }, t));
    }
  }
  return steps;
}
