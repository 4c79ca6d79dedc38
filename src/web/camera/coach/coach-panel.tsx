import type { CoachStep } from "../../../core/camera/stroke-coach.ts";
import { coaching } from "./coach-choice.ts";
import { LazyFailed, useLazyPart } from "./lazy-part.tsx";

/** What the player tells the coach. */
export interface CoachPanelProps {
  /** The step being played; a new object for each step, so the coach starts each afresh. */
  readonly step: CoachStep | undefined;
  /** False while paused: no frames are read then. */
  readonly running: boolean;
}

const loadLive = () => import("./coach-live.tsx").then((m) => m.CoachLive);

/**
 * The camera coach in the player: nothing at all unless the person turned coaching on before the
 * session; then the mirrored camera, the feedback line and any notice, from a chunk of its own.
 */
export function CoachPanel(props: CoachPanelProps) {
  const on = coaching.on.value;
  const live = useLazyPart(loadLive, on);
  const Live = live.part;
  if (!on) return null;
  if (live.failed) return <LazyFailed onRetry={live.retry} />;
  return Live ? <Live step={props.step} running={props.running} /> : null;
}
