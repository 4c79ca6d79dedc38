import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { CoachPanel } from "../camera/coach/coach-panel.tsx";
import { t } from "../i18n/language.ts";
import { ProgressBar } from "../ui/progress-bar.tsx";
import { captionAt } from "./captions.ts";
import type { PlayerEngine } from "./player-engine.ts";
import { SessionArt } from "./session-art.tsx";
import { type Asking, SessionAsk } from "./session-ask.tsx";
import { SessionControls } from "./session-controls.tsx";
import { clockText, stepWords } from "./step-words.ts";
import { PressureDots, TimeRing } from "./time-ring.tsx";
import { stepAt } from "./timeline.ts";
import { useLeaveGuard } from "./use-leave-guard.ts";
import "./running-view.css";

const isControl = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest("button, input, select, textarea, a, [role=button]") !== null;

/** Props of {@link RunningView}. */
export interface RunningViewProps {
  readonly engine: PlayerEngine;
  readonly wakeNote: string;
  /** A line above the face when the sound needs a tap to come back, with its problem. */
  readonly notice?: ComponentChildren;
}

/**
 * The session under way, as one screen that never scrolls: progress, the face with the hands
 * moving at the step's tempo, the step in words, its caption, its time left and the controls.
 * A tap anywhere pauses or resumes; the keyboard (space, arrows, Esc) and the Media Session
 * drive the same actions. Ending or leaving asks first, with the clock held meanwhile.
 */
export function RunningView(props: RunningViewProps) {
  const { engine } = props;
  const root = useRef<HTMLElement>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const askingNow = useRef<Asking>(null);
  askingNow.current = asking;
  const resumeAfter = useRef(false);
  const leaving = useRef<(() => void) | null>(null);
  const timeline = engine.scheduler.timeline;
  const elapsed = engine.elapsed.value;
  const running = engine.status.value === "running";
  const i = stepAt(timeline, elapsed);
  const steps = engine.active.plan.steps;
  const step = steps[i];
  const next = steps[i + 1];
  const stepStart = timeline.stepStarts[i] ?? 0;
  const stepMs = (step?.seconds ?? 0) * 1000;

  // The time stands still while the question is open: nothing is missed while reading it.
  const ask = (what: Exclude<Asking, null>) => {
    if (askingNow.current === null) resumeAfter.current = engine.status.value === "running";
    engine.pause();
    setAsking(what);
  };
  const stay = () => {
    setAsking(null);
    leaving.current = null;
    if (resumeAfter.current) engine.resume();
  };
  useLeaveGuard(true, (leave) => {
    leaving.current = leave;
    ask("leave");
  });

  useEffect(() => {
    // After the start tap the start button is gone: the player holds focus, so the keys work.
    root.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (askingNow.current !== null) return; // the sheet has the keys
      if (e.key === " " && !isControl(e.target)) {
        e.preventDefault();
        engine.toggle();
      } else if (e.key === "ArrowRight") engine.skip();
      else if (e.key === "ArrowLeft") engine.back();
      else if (e.key === "Escape") {
        // Kept from the browser, or it would take the same key press to close the sheet it opens.
        e.preventDefault();
        ask("end");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [engine]);

  if (!step) return null;
  const w = stepWords(step);
  const caption = captionAt(engine.active.plan, timeline, elapsed);
  const nextWords = next ? stepWords(next) : null;
  return (
    <section
      class="running"
      ref={root}
      tabIndex={-1}
      aria-labelledby="step-title"
      data-paused={running ? undefined : ""}
    >
      {/* A pointer shortcut only: the Pause button and the space bar are the other ways. */}
      <div class="tap-layer" aria-hidden="true" onClick={() => engine.toggle()} />
      <header class="running__top">
        <ProgressBar
          value={Math.round(elapsed / 1000)}
          max={Math.max(1, Math.round(timeline.totalMs / 1000))}
          label={t("session.running.progress")}
          hideLabel
        />
        <p class="running__where">
          <span>{t("session.running.step", { n: i + 1, total: steps.length })}</span>
          <span>{t("session.running.left", { time: clockText(timeline.totalMs - elapsed) })}</span>
        </p>
        {props.notice}
      </header>
      <div class="running__face">
        <SessionArt
          step={step}
          playing={running}
          elapsedMs={elapsed - stepStart}
          class="running__art"
        />
        <CoachPanel step={step} running={running} />
        {running ? null : (
          <p class="paused-badge" aria-hidden="true">
            {t("session.running.paused")}
          </p>
        )}
      </div>
      <div class="running__facts">
        <div class="running__words">
          <h1 id="step-title">{w.zone}</h1>
          <p class="running__how">
            <strong class="running__side">{w.side}</strong> ·{" "}
            {t("session.running.how", {
              technique: w.technique,
              // ICU's choice keys cannot hold a hyphen.
              tool: step.tool === "gua-sha" ? "stone" : step.tool,
            })}
          </p>
          {w.count !== "" ? <p class="running__count">{w.count}</p> : null}
          <PressureDots level={step.pressure} word={w.pressure} />
        </div>
        <TimeRing remainingMs={stepStart + stepMs - elapsed} stepMs={stepMs} />
      </div>
      <div class="caption" aria-live="polite">
        {caption.instruction ? (
          <p class={caption.now ? "caption__line" : "caption__line caption__line--now"}>
            {caption.instruction}
          </p>
        ) : null}
        {caption.now ? <p class="caption__line caption__line--now">{caption.now}</p> : null}
      </div>
      <p class="running__next">
        {nextWords
          ? t("session.running.next", { zone: nextWords.zone, side: nextWords.sideInline })
          : t("session.running.last")}
        <span class="wake-note" aria-live="off">
          {props.wakeNote}
        </span>
      </p>
      <SessionControls
        running={running}
        onBack={() => engine.back()}
        onToggle={() => engine.toggle()}
        onNext={() => engine.skip()}
        onEnd={() => ask("end")}
      />
      <SessionAsk
        asking={asking}
        elapsedMs={elapsed}
        onStay={stay}
        onEnd={() => {
          setAsking(null);
          engine.endEarly();
        }}
        onLeave={() => {
          const leave = leaving.current;
          setAsking(null);
          // Its place is written before the next screen reads it.
          engine.settled().then(
            () => leave?.(),
            () => leave?.(),
          );
        }}
      />
    </section>
  );
}
