import type { Cue } from "../../core/planner/plan-types.ts";
import { type PlayerPlan, stepAt, type Timeline } from "./timeline.ts";

/** What the caption shows: the step's instruction, and its latest cue when a later one came. */
export interface StepCaption {
  /** The step's first cue, which says what to do; undefined for a step with no cues. */
  readonly instruction: string | undefined;
  /** The latest cue of the step that has come due, when it is not the first ("Halfway…"). */
  readonly now: string | undefined;
}

/**
 * The caption at `elapsedMs`, from the timeline rather than from what was spoken: only the
 * current step's cues that have come due, so it never mixes in the last step's words and is
 * right at once after a reload, a skip or a back.
 */
export function captionAt(plan: PlayerPlan, timeline: Timeline, elapsedMs: number): StepCaption {
  const i = stepAt(timeline, elapsedMs);
  const step = plan.steps[i];
  if (!step) return { instruction: undefined, now: undefined };
  const into = elapsedMs - (timeline.stepStarts[i] ?? 0);
  const due = step.cues.filter((c: Cue) => c.at < step.seconds && c.at * 1000 <= into);
  const first = step.cues[0];
  const latest = due.at(-1);
  return {
    instruction: first?.text,
    now: latest !== undefined && latest !== first ? latest.text : undefined,
  };
}
