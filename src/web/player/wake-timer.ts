import { noProbe, type Probe } from "./probe.ts";

let shared: Worker | null | undefined;

/**
 * The wake-up worker, started on first call and kept for the page's life. Call it early (the
 * player does when its screen opens): a worker loads its script after it is asked for, and a
 * first timer asked of a worker still loading would start late by that load time.
 */
export function wakeWorker(): Worker | null {
  if (shared !== undefined) return shared;
  try {
    shared = new Worker(new URL("./wake-worker.ts", import.meta.url), { type: "module" });
  } catch {
    shared = null; // No workers: the page timer alone still keeps correct time, less finely.
  }
  return shared;
}

let nextId = 0;

/**
 * Calls back after a delay from two sources at once, whichever comes first: the page's own
 * setTimeout (the only one fake clocks drive) and a worker timer (which a hidden page's
 * throttling does not delay). The callback must be idempotent: the scheduler decides what is
 * due from its clock, so an early or doubled wake-up does nothing.
 */
export class WakeTimer {
  readonly #onWake: () => void;
  readonly #probe: Probe;
  readonly #worker = wakeWorker();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #id = 0;
  readonly #onMessage = (e: MessageEvent<{ id: number; sentAt: number }>) => {
    if (e.data.id !== this.#id) return;
    this.#probe({
      type: "wake",
      deliveryMs: performance.timeOrigin + performance.now() - e.data.sentAt,
    });
    this.#onWake();
  };

  constructor(onWake: () => void, probe: Probe = noProbe) {
    this.#onWake = onWake;
    this.#probe = probe;
    this.#worker?.addEventListener("message", this.#onMessage);
  }

  /** Wakes once after `ms` (replacing any earlier request). */
  arm(ms: number): void {
    this.clear();
    nextId += 1;
    this.#id = nextId;
    this.#timer = setTimeout(this.#onWake, ms);
    this.#worker?.postMessage({ id: this.#id, delay: ms });
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#worker?.postMessage({ id: this.#id, delay: -1 });
  }

  dispose(): void {
    this.clear();
    this.#id = -1;
    this.#worker?.removeEventListener("message", this.#onMessage);
  }
}
