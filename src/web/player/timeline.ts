import type { Cue, Plan, PlanStep } from "../../core/planner/plan-types.ts";

/** What the player needs of a plan: its steps and total; a Learn practice builds the same shape. */
export type PlayerPlan = Pick<Plan, "steps" | "totalSeconds">;

/** One target on the session timeline, in milliseconds from the start (pauses excluded). */
export type TimelineEvent =
  | { readonly kind: "step"; readonly atMs: number; readonly step: number }
  | { readonly kind: "cue"; readonly atMs: number; readonly step: number; readonly cue: Cue }
  | { readonly kind: "end"; readonly atMs: number };

/** The plan laid out on one timeline: every step boundary and cue, in firing order. */
export interface Timeline {
  readonly events: readonly TimelineEvent[];
  /** Start of each step, in ms. */
  readonly stepStarts: readonly number[];
  readonly totalMs: number;
}

/**
 * Lays a plan out as targets. A step's own start precedes the cues at the same instant, so the
 * step is on screen before its first cue is spoken. Times come from summing step lengths, never
 * from `totalSeconds`, so a plan whose total disagrees with its steps still ends when they do.
 */
export function buildTimeline(plan: PlayerPlan): Timeline {
  const events: TimelineEvent[] = [];
  const stepStarts: number[] = [];
  let at = 0;
  plan.steps.forEach((step: PlanStep, i) => {
    stepStarts.push(at);
    events.push({ kind: "step", atMs: at, step: i });
    for (const cue of step.cues) {
      if (cue.at < step.seconds)
        events.push({ kind: "cue", atMs: at + cue.at * 1000, step: i, cue });
    }
    at += step.seconds * 1000;
  });
  events.push({ kind: "end", atMs: at });
  return { events, stepStarts, totalMs: at };
}

/** The index of the step running at `elapsedMs` (the last step once the end is reached). */
export function stepAt(timeline: Timeline, elapsedMs: number): number {
  let index = 0;
  timeline.stepStarts.forEach((start, i) => {
    if (start <= elapsedMs) index = i;
  });
  return index;
}
