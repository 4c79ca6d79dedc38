import { t } from "../i18n/language.ts";
import { clockText } from "./step-words.ts";

/** A large ring that empties as the step runs, with the step's remaining time in its middle. */
export function TimeRing(props: { remainingMs: number; stepMs: number }) {
  const r = 54;
  const length = 2 * Math.PI * r;
  const left = props.stepMs > 0 ? Math.max(0, Math.min(1, props.remainingMs / props.stepMs)) : 0;
  return (
    <div class="time-ring">
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle cx="60" cy="60" r={r} class="ring-track" />
        <circle
          cx="60"
          cy="60"
          r={r}
          class="ring-left"
          stroke-dasharray={`${length} ${length}`}
          stroke-dashoffset={length * (1 - left)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <span
        class="ring-time"
        role="timer"
        aria-label={t("session.running.ring", { time: clockText(props.remainingMs) })}
      >
        {clockText(props.remainingMs)}
      </span>
    </div>
  );
}

/** Pressure as 1–3 filled dots with its word. */
export function PressureDots(props: { level: 1 | 2 | 3; word: string }) {
  return (
    <p class="pressure">
      <span class="dots" aria-hidden="true">
        {[1, 2, 3].map((n) => (
          <span key={n} class={n <= props.level ? "dot on" : "dot"} />
        ))}
      </span>
      <span>{t("session.running.pressure", { level: props.level, word: props.word })}</span>
    </p>
  );
}
