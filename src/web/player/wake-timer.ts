/**
 * Calls back after a delay from two sources at once, whichever comes first: the page's own
 * setTimeout (the only one fake clocks drive) and a worker timer (which a hidden page's
 * throttling does not delay). The callback must be idempotent: the scheduler decides what is
 * due from its clock, so an early or doubled wake-up does nothing.
 */
export class WakeTimer {
  readonly #onWake: () => void;
  #worker: Worker | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #id = 0;

  constructor(onWake: () => void) {
    this.#onWake = onWake;
    try {
      this.#worker = new Worker(new URL("./wake-worker.ts", import.meta.url), { type: "module" });
      this.#worker.addEventListener("message", (e: MessageEvent<number>) => {
        if (e.data === this.#id) this.#onWake();
      });
    } catch {
      this.#worker = undefined; // No workers: the page timer alone still keeps correct time.
    }
  }

  /** Wakes once after `ms` (replacing any earlier request). */
  arm(ms: number): void {
    this.clear();
    this.#id += 1;
    this.#timer = setTimeout(this.#onWake, ms);
    this.#worker?.postMessage({ id: this.#id, delay: ms });
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#worker?.postMessage({ id: this.#id, delay: -1 });
  }

  dispose(): void {
    this.clear();
    this.#worker?.terminate();
  }
}
