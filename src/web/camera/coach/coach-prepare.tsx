import { useEffect } from "preact/hooks";
import { t } from "../../i18n/language.ts";
import { detectors } from "../detector-loader.ts";
import { COACH_MODELS } from "../model-files.ts";
import { ModelProgress } from "../model-progress.tsx";
import { coaching } from "./coach-choice.ts";
import "./coach.css";

const prepare = () => {
  // A failure shows in the loader's state, with its retry.
  detectors.get(COACH_MODELS).catch(() => {});
};

/**
 * Gets the coach's models ready as soon as it is turned on (downloaded once with a progress
 * bar, then kept for offline use), so the session's first feedback comes sooner. Turned off
 * again, the models are let go.
 */
export function CoachPrepare() {
  const state = detectors.state(COACH_MODELS).value;
  useEffect(() => {
    prepare();
    return () => {
      // Unmounted because the session started: the coach uses them. Turned off: let them go.
      if (!coaching.on.value) detectors.release(COACH_MODELS);
    };
  }, []);
  if (state.phase === "ready")
    return (
      <p class="coach-ready" role="status">
        {t("camera.coach.ready")}
      </p>
    );
  return <ModelProgress state={state} what={t("camera.coach.what")} onRetry={prepare} />;
}
