/** What the group needs of a Web Animation (an `Animation` has it all). */
export interface Playable {
  startTime: CSSNumberish | null;
  currentTime: CSSNumberish | null;
  pause(): void;
  cancel(): void;
}

/** Animations that run as one: one clock for all, paused, resumed and moved together. */
export interface AnimationGroup {
  /** Milliseconds into the step. */
  time(): number;
  seek(ms: number): void;
  play(): void;
  pause(): void;
  cancel(): void;
}

/**
 * Runs `animations` on one clock. Each is moved by its start time rather than by `play()`, which
 * would rewind one that has already ended (an earlier section's hand, or its trail) to its start
 * and run it again over the current one. `now` reads the document timeline.
 */
export function animationGroup(
  animations: readonly Playable[],
  now: () => number,
  at: number,
  playing: boolean,
): AnimationGroup {
  let paused = !playing;
  let pausedAt = at;
  let started = now() - at;
  const hold = (ms: number) => {
    for (const a of animations) {
      a.pause();
      a.currentTime = ms;
    }
  };
  const run = () => {
    for (const a of animations) a.startTime = started;
  };
  if (paused) hold(at);
  else run();
  return {
    time: () => (paused ? pausedAt : now() - started),
    seek(ms) {
      if (paused) {
        pausedAt = ms;
        hold(ms);
      } else {
        started = now() - ms;
        run();
      }
    },
    play() {
      if (!paused) return;
      paused = false;
      started = now() - pausedAt;
      run();
    },
    pause() {
      if (paused) return;
      pausedAt = now() - started;
      paused = true;
      hold(pausedAt);
    },
    cancel() {
      for (const a of animations) a.cancel();
    },
  };
}
