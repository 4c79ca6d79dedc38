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

declare global {
  // The optional hook a benchmark installs before the app loads.
  var nuraPlayerProbe: ((entry: ProbeEntry) => void) | undefined;
}

/**
 * Reports a timing observation to `globalThis.nuraPlayerProbe` when one is installed (bench
 * instrumentation); a no-op otherwise. The player's code path is the same with or without it.
 */
export function probe(entry: ProbeEntry): void {
  globalThis.nuraPlayerProbe?.(entry);
}
