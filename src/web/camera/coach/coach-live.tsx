import { useEffect, useRef, useState } from "preact/hooks";
import { detectors } from "../detector-loader.ts";
import { COACH_MODELS } from "../model-files.ts";
import { ModelProgress } from "../model-progress.tsx";
import { browserCoachDeps } from "./browser-coach-deps.ts";
import { coaching } from "./coach-choice.ts";
import { CoachController } from "./coach-controller.ts";
import type { CoachPanelProps } from "./coach-panel-props.ts";
import { noticeWords } from "./coach-words.ts";
import "./coach.css";
import { t } from "../../i18n/language.ts";
import { Button } from "../../ui/button.tsx";

/**
 * The coach at work: the camera mirrored like a mirror, one feedback line (zone and direction,
 * and the count), and a notice when coaching cannot go on. The frame rate and when the first
 * feedback came (performance.now) are on the panel for the bench.
 */
export function CoachLive(props: CoachPanelProps) {
  const [coach] = useState(() => new CoachController(browserCoachDeps()));
  const video = useRef<HTMLVideoElement>(null);
  const start = () => {
    coach.start().catch((err: unknown) => console.warn("camera coaching stopped", err));
  };
  useEffect(() => {
    start();
    return () => coach.stop();
  }, [coach]);
  useEffect(() => coach.setStep(props.step), [coach, props.step]);
  useEffect(() => coach.setRunning(props.running), [coach, props.running]);
  const stream = coach.stream.value;
  useEffect(() => {
    const v = video.current;
    if (!v || !stream) return;
    v.srcObject = stream;
    v.play().catch(() => {}); // a paused preview changes nothing: the coach reads its own copy
  }, [stream]);

  const phase = coach.phase.value;
  const line = coach.feedback.value;
  const notice = coach.notice.value;
  const models = detectors.state(COACH_MODELS).value;
  const first = coach.firstFeedbackAt;
  return (
    <section
      class="coach-panel"
      aria-label={t("camera.coach.label")}
      data-phase={phase}
      data-fps={coach.fps.value.toFixed(2)}
      data-first-feedback-at={first === undefined ? undefined : Math.round(first)}
    >
      {stream ? (
        <video
          ref={video}
          class="coach-panel__camera"
          muted
          playsInline
          aria-label={t("camera.coach.camera")}
        />
      ) : null}
      {phase === "starting" || models.phase === "failed" ? (
        <ModelProgress state={models} what={t("camera.coach.what")} onRetry={start} />
      ) : null}
      <p class="coach-panel__line" data-tone={line?.tone} aria-live="polite">
        {line?.text ?? ""}
        {line?.count ? <span class="coach-panel__count"> {line.count}</span> : null}
      </p>
      {notice ? (
        <p class="coach-panel__notice" role="status">
          {noticeWords(notice)}
        </p>
      ) : null}
      <Button variant="secondary" onClick={() => coaching.choose(false)}>
        {t("camera.coach.off")}
      </Button>
    </section>
  );
}
