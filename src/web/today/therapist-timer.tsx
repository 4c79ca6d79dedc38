import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Pause, Play, RefreshCw } from "../ui/icons.ts";
import { Stepper } from "../ui/stepper.tsx";
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
  const running = timer.status === "running" && !done;
  useEffect(() => {
    if (timer.status !== "running") return;
    const id = setInterval(() => {
      setTick((t) => t + 1);
      if (leftMs(timer, now()) === 0) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [timer]);
  return (
    <section class="therapist-timer" aria-labelledby="therapist-timer-title">
      <h3 id="therapist-timer-title" class="section-title">
        {t("today.timer.title")}
      </h3>
      {running ? null : (
        <Stepper
          label={t("today.timer.minutes")}
          value={minutes}
          min={1}
          max={60}
          onChange={(n) => {
            setMinutes(n);
            setTimer(readyTimer(n));
          }}
        />
      )}
      <p class="therapist-timer__left" data-testid="therapist-timer-left">
        {clockText(left)}
      </p>
      <p role="status">{done ? t("today.timer.up") : ""}</p>
      <div class="cluster">
        {running ? (
          <Button icon={Pause} onClick={() => setTimer(pauseTimer(timer, now()))}>
            {t("today.timer.pause")}
          </Button>
        ) : (
          <Button icon={Play} disabled={done} onClick={() => setTimer(runTimer(timer, now()))}>
            {timer.status === "paused" ? t("today.timer.resume") : t("today.timer.start")}
          </Button>
        )}
        <Button variant="secondary" icon={RefreshCw} onClick={() => setTimer(readyTimer(minutes))}>
          {t("today.timer.reset")}
        </Button>
      </div>
    </section>
  );
}
