/** One timing observation; a benchmark or test may collect these, the app never reads them. */
export type ProbeEntry =
  | { readonly type: "start"; readonly perf: number; readonly audio: number | null }
  | {
      readonly type: "cue" | "step" | "end";
      readonly atMs: number;
      readonly perf: number;
      readonly lateMs: number;
    }
  | {
      readonly type: "chime";
      readonly atMs: number;
      readonly when: number;
      readonly audioNow: number;
    }
  /** A worker wake-up reached the page `deliveryMs` after the worker sent it. */
  | { readonly type: "wake"; readonly deliveryMs: number };

/** Where the player reports its timing observations: passed in, a no-op unless a bench listens. */
export type Probe = (entry: ProbeEntry) => void;

/** The probe that reports nothing: the player's code path is the same with or without one. */
export const noProbe: Probe = () => {};

declare global {
  // The hook the player-timing bench installs before the app loads (bench/player-probe-script.ts).
  var nuraPlayerProbe: Probe | undefined;
}

/**
 * The probe for one session, chosen when the session screen makes its engine: the bench's hook
 * when the page has one, else {@link noProbe}. The only place the hook is read.
 */
export function pageProbe(): Probe {
  return globalThis.nuraPlayerProbe ?? noProbe;
}
