import { useEffect, useState } from "preact/hooks";
import {
  clockText,
  leftMs,
  type PlainTimer,
  pauseTimer,
  readyTimer,
  runTimer,
} from "./plain-timer.ts";

const now = (): number => performance.now();

/**
 * A plain timer for the routine a lymphedema therapist taught (domain notes, section 5b): Nura
 * plans nothing for head and neck lymphedema, so this only counts the minutes the person sets.
 * The time left is shown as text; only the end is announced, so a screen reader is not flooded.
 */
export function TherapistTimer() {
  const [minutes, setMinutes] = useState(10);
  const [timer, setTimer] = useState<PlainTimer>(readyTimer(10));
  const [, setTick] = useState(0);
  const left = leftMs(timer, now());
  const done = timer.status === "running" && left === 0;
  useEffect(() => {
    if (timer.status !== "running") return;
    const id = setInterval(() => {
      setTick((t) => t + 1);
      if (leftMs(timer, now()) === 0) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [timer]);
  const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= 60;
  return (
    <section class="therapist-timer" aria-labelledby="therapist-timer-title">
      <h3 id="therapist-timer-title">Timer for your therapist's routine</h3>
      <div class="field">
        <label for="therapist-minutes">Minutes</label>
        <input
          id="therapist-minutes"
          type="number"
          min={1}
          max={60}
          value={minutes}
          disabled={timer.status === "running" && !done}
          aria-invalid={valid ? undefined : "true"}
          onInput={(e) => {
            const n = Number((e.currentTarget as HTMLInputElement).value);
            setMinutes(n);
            if (Number.isInteger(n) && n >= 1 && n <= 60) setTimer(readyTimer(n));
          }}
        />
      </div>
      {valid ? null : (
        <p class="error" role="alert">
          Minutes must be a whole number from 1 to 60.
        </p>
      )}
      <p class="timer-left" data-testid="therapist-timer-left">
        {clockText(left)}
      </p>
      <p role="status">{done ? "Time is up." : ""}</p>
      <div class="actions">
        {timer.status === "running" && !done ? (
          <button type="button" onClick={() => setTimer(pauseTimer(timer, now()))}>
            Pause
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            disabled={!valid || done}
            onClick={() => setTimer(runTimer(timer, now()))}
          >
            {timer.status === "paused" ? "Resume" : "Start"}
          </button>
        )}
        <button type="button" onClick={() => setTimer(readyTimer(valid ? minutes : 10))}>
          Reset
        </button>
      </div>
    </section>
  );
}
