/**
 * A plain countdown as values: ready, running toward an end on the monotonic clock, paused with
 * what was left, or done. Pure, so the screen only asks it what to show at `now`.
 */
export type PlainTimer =
  | { readonly status: "ready"; readonly totalMs: number }
  | { readonly status: "running"; readonly totalMs: number; readonly endsAt: number }
  | { readonly status: "paused"; readonly totalMs: number; readonly leftMs: number };

/** A timer of `minutes`, not started. */
export function readyTimer(minutes: number): PlainTimer {
  return { status: "ready", totalMs: minutes * 60_000 };
}

/** Milliseconds left at `now` (0 once it has run out). */
export function leftMs(timer: PlainTimer, now: number): number {
  if (timer.status === "ready") return timer.totalMs;
  if (timer.status === "paused") return timer.leftMs;
  return Math.max(0, timer.endsAt - now);
}

/** Starts or resumes the timer at `now`. */
export function runTimer(timer: PlainTimer, now: number): PlainTimer {
  return { status: "running", totalMs: timer.totalMs, endsAt: now + leftMs(timer, now) };
}

/** Pauses a running timer at `now`, keeping what was left. */
export function pauseTimer(timer: PlainTimer, now: number): PlainTimer {
  return timer.status === "running"
    ? { status: "paused", totalMs: timer.totalMs, leftMs: leftMs(timer, now) }
    : timer;
}

/** Minutes and seconds left, as a clock reads them: "9:05". */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
