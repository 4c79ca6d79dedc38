import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** What the estimator says of a password: 0 (guessed at once) to 4 (very hard), and why. */
export interface Strength {
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly warning: string | null;
  readonly suggestions: readonly string[];
}

/** Estimates how guessable a password is, given words the person's own details contain. */
export interface StrengthChecker {
  check(password: string, userInputs: readonly string[]): Promise<Strength>;
  close(): Promise<void>;
}

/**
 * Only this much of a password is estimated. zxcvbn's time grows fast with length (a 256-character
 * keyboard walk took 0.7 s); a password this long is not weak for want of its tail.
 */
export const estimatedLength = 40;
/** A worker left idle this long is stopped, giving back the ~90 MB its dictionaries take. */
export const idleStopMs = 5 * 60_000;

// The worker loads zxcvbn-ts (its maintained TypeScript port, with the common and English
// dictionaries) by absolute path, so it works whatever the server's working folder.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { ZxcvbnFactory } = require(workerData.core);
const common = require(workerData.common);
const en = require(workerData.en);
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});
parentPort.on("message", ({ id, password, userInputs }) => {
  const r = zxcvbn.check(password, userInputs);
  parentPort.postMessage({ id, score: r.score, warning: r.feedback.warning || null, suggestions: r.feedback.suggestions });
});`;

/**
 * A checker that runs zxcvbn in a worker thread: an estimate takes up to a few hundred
 * milliseconds of CPU, which on the main thread would stall every other request. The worker
 * starts on the first check and stops after {@link idleStopMs} without one.
 */
export function workerStrengthChecker(): StrengthChecker {
  const require = createRequire(import.meta.url);
  const paths = {
    core: require.resolve("@zxcvbn-ts/core"),
    common: require.resolve("@zxcvbn-ts/language-common"),
    en: require.resolve("@zxcvbn-ts/language-en"),
  };
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (s: Strength) => void; reject: (e: Error) => void }>();

  const stop = async () => {
    const w = worker;
    worker = undefined;
    if (idle) clearTimeout(idle);
    if (w) await w.terminate();
  };
  const start = (): Worker => {
    // No inherited flags: the source is CommonJS, whatever module type the parent runs under.
    const w = new Worker(workerSource, { eval: true, workerData: paths, execArgv: [] });
    w.on("message", (m: Strength & { id: number }) => {
      waiting
        .get(m.id)
        ?.resolve({ score: m.score, warning: m.warning, suggestions: m.suggestions });
      waiting.delete(m.id);
      if (waiting.size === 0) w.unref();
    });
    w.on("error", (err) => {
      for (const p of waiting.values()) p.reject(err);
      waiting.clear();
      worker = undefined;
    });
    return w;
  };
  return {
    check(password, userInputs) {
      worker ??= start();
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => void stop(), idleStopMs);
      idle.unref();
      const id = nextId++;
      const w = worker;
      // Held open while an estimate is awaited; let go when none is, so an idle estimator
      // never keeps the server (or a test) from exiting.
      w.ref();
      return new Promise<Strength>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage({
          id,
          password: [...password].slice(0, estimatedLength).join(""),
          userInputs,
        });
      });
    },
    close: stop,
  };
}
