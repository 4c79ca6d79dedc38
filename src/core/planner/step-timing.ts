import { TECHNIQUE_IDS, TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONE_LINES } from "../model/zone-lines.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";

/** Shortest step on one zone-side: room for a start cue, a halfway cue and "last five seconds". */
export const MIN_STEP_SECONDS = 15;
/** Longest step on one zone-side: past a minute and a half, more of the same adds nothing. */
export const MAX_STEP_SECONDS = 90;

/**
 * Stationary circles: 5 to 10 at a station, two seconds each (domain notes, sections 2 and 4b),
 * so a station takes at most 20 s. Firm muscle work: 30 to 60 s a side (section 3).
 */
const TECHNIQUE_BOUNDS: Partial<Record<TechniqueId, readonly [number, number]>> = {
  "stationary-circles": [MIN_STEP_SECONDS, 20],
  kneading: [30, 60],
};

/** How long one step of a zone and technique may last, and in what units. */
export interface StepTiming {
  /** Lines worked in one step (1 where the technique stays in one place). */
  readonly sections: number;
  /** Shortest and longest step, in seconds, on one side (or the midline, or both at once). */
  readonly min: number;
  readonly max: number;
  /**
   * For a counted tool: the seconds one more pass along every section adds, so a step's length
   * is always a whole number of passes. 0 when any whole second will do.
   */
  readonly unit: number;
}

function compute(zoneId: ZoneId, technique: TechniqueId): StepTiming | undefined {
  const t = TECHNIQUES[technique];
  const lines = t.followsLines ? Math.max(1, ZONE_LINES[zoneId].length) : 1;
  // A tool held in one hand works a midline zone one half at a time: each half has the lines.
  const halves = ZONES[zoneId].sides === "center" && t.oneSideAtATime ? 2 : 1;
  const sections = lines * halves;
  if (t.perLine !== undefined && t.secondsPerRep !== undefined) {
    const unit = sections * t.secondsPerRep;
    const fewest = Math.max(t.perLine.min, Math.ceil(MIN_STEP_SECONDS / unit));
    const most = Math.min(t.perLine.max, Math.floor(MAX_STEP_SECONDS / unit));
    return fewest > most ? undefined : { sections, min: fewest * unit, max: most * unit, unit };
  }
  const [min, max] = TECHNIQUE_BOUNDS[technique] ?? [MIN_STEP_SECONDS, MAX_STEP_SECONDS];
  return { sections, min, max, unit: 0 };
}

/** Every zone and technique pair, worked out once. */
const TABLE: Readonly<Record<ZoneId, Partial<Record<TechniqueId, StepTiming>>>> =
  Object.fromEntries(
    ZONE_IDS.map((z) => [
      z,
      Object.fromEntries(
        TECHNIQUE_IDS.flatMap((t) => {
          const timing = compute(z, t);
          return timing === undefined ? [] : [[t, timing]];
        }),
      ),
    ]),
  ) as Record<ZoneId, Partial<Record<TechniqueId, StepTiming>>>;

/**
 * The timing of a zone worked with a technique, or `undefined` when the two cannot make a step
 * inside the bounds (a tool whose passes could not fill 15 s, or would pass 90 s).
 */
export function stepTiming(zone: ZoneId, technique: TechniqueId): StepTiming | undefined {
  return TABLE[zone][technique];
}

/**
 * Repetitions per section in a step of `seconds`: exact for a counted tool, the whole number that
 * fits for a counted finger movement, absent for one done by time (tapping, kneading).
 */
export function repsFor(
  technique: TechniqueId,
  sections: number,
  seconds: number,
): number | undefined {
  const perRep = TECHNIQUES[technique].secondsPerRep;
  if (perRep === undefined) return undefined;
  return Math.max(1, Math.floor(seconds / (sections * perRep)));
}
