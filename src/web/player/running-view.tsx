import { useEffect, useState } from "preact/hooks";
import { CoachPanel } from "../camera/coach/coach-panel.tsx";
import { FaceMap } from "../face-map/face-map.tsx";
import type { PlayerEngine } from "./player-engine.ts";
import { clockText, stepWords } from "./step-words.ts";
import { PressureDots, SessionBar, TimeRing } from "./time-ring.tsx";
import { stepAt } from "./timeline.ts";

const isControl = (t: EventTarget | null) =>
  t instanceof Element && t.closest("button, input, select, textarea, a, [role=button]") !== null;

/**
 * The session under way. The whole upper area is one large pause/resume button; the keyboard
 * (space, arrows, Esc) and the Media Session drive the same actions for remotes and headsets.
 */
export function RunningView(props: { engine: PlayerEngine; wakeNote: string }) {
  const { engine } = props;
  const [confirming, setConfirming] = useState(false);
  const timeline = engine.scheduler.timeline;
  const elapsed = engine.elapsed.value;
  const running = engine.status.value === "running";
  const i = stepAt(timeline, elapsed);
  const step = engine.active.plan.steps[i];
  const next = engine.active.plan.steps[i + 1];
  const stepStart = timeline.stepStarts[i] ?? 0;
  const stepMs = (step?.seconds ?? 0) * 1000;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === " " && !isControl(e.target)) {
        e.preventDefault();
        engine.toggle();
      } else if (e.key === "ArrowRight") engine.skip();
      else if (e.key === "ArrowLeft") engine.back();
      else if (e.key === "Escape") setConfirming(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [engine]);

  if (!step) return null;
  const w = stepWords(step);
  const captions = engine.captions.value;
  return (
    <section class="running" aria-labelledby="step-title">
      <SessionBar elapsedMs={elapsed} totalMs={timeline.totalMs} />
      <button type="button" class="tap-surface" onClick={() => engine.toggle()}>
        <span class="visually-hidden">{running ? "Pause" : "Resume"}</span>
        <span aria-hidden="true">
          <FaceMap
            lit={[step.zone]}
            side={step.side}
            flow={{ zone: step.zone, side: step.side }}
            label={`${w.zone}, ${w.side.toLowerCase()}`}
          />
        </span>
        <TimeRing remainingMs={stepStart + stepMs - elapsed} stepMs={stepMs} />
        {running ? null : <span class="paused-badge">Paused: tap to go on</span>}
      </button>
      <CoachPanel step={step} running={running} />
      <div class="step-facts">
        <h1 id="step-title">{w.zone}</h1>
        <p class="side">{w.side}</p>
        <p class="technique">
          {w.technique}, {w.tool.toLowerCase()}
        </p>
        {w.count !== "" ? <p class="count">{w.count}</p> : null}
        <PressureDots level={step.pressure} word={w.pressure} />
      </div>
      <p class="caption" aria-live="polite" aria-atomic="false">
        {captions.map((c, k) => (
          <span
            key={`${k}-${c}`}
            class={k === captions.length - 1 ? "caption-line now" : "caption-line"}
          >
            {c}
          </span>
        ))}
      </p>
      <p class="next-step">
        {next
          ? `Next: ${stepWords(next).zone}, ${stepWords(next).side.toLowerCase()}`
          : "Last step"}
      </p>
      <div class="controls">
        <button type="button" class="secondary" onClick={() => engine.back()}>
          Back
        </button>
        <button type="button" class="secondary" onClick={() => engine.skip()}>
          Next step
        </button>
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          End
        </button>
      </div>
      {confirming ? (
        <div class="end-confirm" role="alertdialog" aria-labelledby="end-q">
          <p id="end-q">End the session now? The {clockText(elapsed)} you did is kept.</p>
          <button type="button" onClick={() => engine.endEarly()}>
            End session
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Keep going
          </button>
        </div>
      ) : null}
      <p class="wake-note" aria-live="off">
        {props.wakeNote}
      </p>
    </section>
  );
}
