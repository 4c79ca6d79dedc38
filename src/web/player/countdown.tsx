import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/language.ts";

/** Seconds to get the hands in place after the start tap. */
export const COUNTDOWN_SECONDS = 3;

/**
 * The 3-second get-ready countdown, announced to screen readers. The start is one timeout set at
 * the tap, not a chain of one-second steps, so a late repaint (a hidden tab) cannot stretch it.
 */
export function Countdown(props: { onDone: () => void }) {
  const [left, setLeft] = useState(COUNTDOWN_SECONDS);
  const done = useRef(props.onDone);
  done.current = props.onDone;
  useEffect(() => {
    const until = performance.now() + COUNTDOWN_SECONDS * 1000;
    const end = setTimeout(() => done.current(), COUNTDOWN_SECONDS * 1000);
    const show = setInterval(
      () => setLeft(Math.max(0, Math.ceil((until - performance.now()) / 1000))),
      250,
    );
    return () => {
      clearTimeout(end);
      clearInterval(show);
    };
  }, []);
  return (
    <section class="countdown" aria-labelledby="countdown-title">
      <h1 id="countdown-title">{t("session.countdown.title")}</h1>
      <p class="countdown-number" role="timer" aria-live="assertive">
        {left > 0 ? left : t("session.countdown.go")}
      </p>
    </section>
  );
}
