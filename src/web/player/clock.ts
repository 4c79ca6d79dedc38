/**
 * The two clocks the player reads. `now` is monotonic (never jumps back, resets on reload);
 * `wall` is epoch time, the only thing that survives a reload, so it anchors persisted state.
 */
export interface PlayerClock {
  /** Monotonic milliseconds (performance.now in the browser). */
  now(): number;
  /** Epoch milliseconds (Date.now in the browser). */
  wall(): number;
}

/** The browser's clocks. */
export const browserClock: PlayerClock = {
  now: () => performance.now(),
  wall: () => Date.now(),
};
