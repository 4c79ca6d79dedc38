import type { CoachStep } from "../../../core/camera/stroke-coach.ts";

/** What the player tells the coach (its own file: the panel loads the live part lazily). */
export interface CoachPanelProps {
  /** The step being played; a new object for each step, so the coach starts each afresh. */
  readonly step: CoachStep | undefined;
  /** False while paused: no frames are read then. */
  readonly running: boolean;
}
