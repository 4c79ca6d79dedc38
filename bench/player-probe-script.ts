/** One probe entry as the page logged it, with the page's visibility at that moment. */
export type LoggedEntry = Record<string, number | string | null> & { type: string; vis: string };

/** What the page-side instrumentation collects during a timed session. */
export interface ProbeLog {
  readonly entries: readonly LoggedEntry[];
  /** The naive countdown's firings: target (ms from start) and performance.now. */
  readonly naive: readonly { atMs: number; perf: number; vis: string }[];
}

/**
 * The init script installed before the app loads, as plain JavaScript (it runs in the page, so
 * it must not depend on how this file is compiled). It collects the player's probe entries and,
 * on the player's start, runs the naive baseline in the same page: a `setInterval(…, 1000)`
 * countdown that counts ticks and "fires" a target when its second comes up, the way the usual
 * timer apps keep time.
 */
export function probeScript(targetsMs: readonly number[]): string {
  return `(() => {
  const targets = ${JSON.stringify(targetsMs)};
  const log = { entries: [], naive: [] };
  globalThis.__nuraProbeLog = log;
  globalThis.nuraPlayerProbe = (e) => {
    log.entries.push({ ...e, vis: document.visibilityState });
    if (e.type !== "start") return;
    let ticks = 0;
    const last = Math.max(...targets);
    const id = setInterval(() => {
      ticks += 1;
      for (const atMs of targets) {
        if (atMs === ticks * 1000) log.naive.push({ atMs, perf: performance.now(), vis: document.visibilityState });
      }
      if (ticks * 1000 >= last) clearInterval(id);
    }, 1000);
  };
})();`;
}
