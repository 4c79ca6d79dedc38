import { signal } from "@preact/signals";

/**
 * Keeps the screen on while a session runs (Screen Wake Lock). The browser drops the lock when
 * the page is hidden, so it is asked for again each time the page becomes visible while wanted.
 */
export class ScreenWake {
  /** "held", "released", or "unsupported"/"refused" when the browser will not keep the screen on. */
  readonly state = signal<"held" | "released" | "unsupported" | "refused">("released");
  #sentinel: WakeLockSentinel | undefined;
  #wanted = false;
  readonly #onVisible = () => {
    if (document.visibilityState === "visible" && this.#wanted) void this.#request();
  };

  constructor() {
    document.addEventListener("visibilitychange", this.#onVisible);
  }

  async #request(): Promise<void> {
    if (!("wakeLock" in navigator)) {
      this.state.value = "unsupported";
      return;
    }
    try {
      const sentinel = await navigator.wakeLock.request("screen");
      if (!this.#wanted) {
        await sentinel.release();
        return;
      }
      this.#sentinel = sentinel;
      this.state.value = "held";
      sentinel.addEventListener("release", () => {
        if (this.#sentinel === sentinel) this.state.value = "released";
      });
    } catch {
      this.state.value = "refused";
    }
  }

  /** Asks to keep the screen on from now until {@link release}. */
  hold(): void {
    this.#wanted = true;
    if (this.state.value !== "held") void this.#request();
  }

  release(): void {
    this.#wanted = false;
    const s = this.#sentinel;
    this.#sentinel = undefined;
    this.state.value = "released";
    void s?.release();
  }

  dispose(): void {
    this.release();
    document.removeEventListener("visibilitychange", this.#onVisible);
  }
}
