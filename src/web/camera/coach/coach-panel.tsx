import { loadMessages } from "../../i18n/message-loading.ts";
import { coaching } from "./coach-choice.ts";
import type { CoachPanelProps } from "./coach-panel-props.ts";
import { LazyFailed, useLazyPart } from "./lazy-part.tsx";

export type { CoachPanelProps } from "./coach-panel-props.ts";

// The coach's words (the `camera` group of the catalog) come with its code.
const loadLive = () =>
  Promise.all([import("./coach-live.tsx"), loadMessages(["camera"])]).then(([m]) => m.CoachLive);

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
