import { useEffect, useRef, useState } from "preact/hooks";

/** Seconds to get the hands in place after the start tap. */
export const COUNTDOWN_SECONDS = 3;

/** The 3-second get-ready countdown, announced to screen readers. */
export function Countdown(props: { onDone: () => void }) {
  const [left, setLeft] = useState(COUNTDOWN_SECONDS);
  const done = useRef(props.onDone);
  done.current = props.onDone;
  useEffect(() => {
    if (left === 0) {
      done.current();
      return;
    }
    const t = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(t);
  }, [left]);
  return (
    <section class="countdown" aria-labelledby="countdown-title">
      <h1 id="countdown-title">Hands in place</h1>
      <p class="countdown-number" role="timer" aria-live="assertive">
        {left > 0 ? left : "Go"}
      </p>
    </section>
  );
}
