import { signal } from "@preact/signals";

/** Lets go of a lock no longer wanted; one the browser already dropped needs nothing more. */
function letGo(sentinel: WakeLockSentinel): void {
  sentinel.release().catch((err: unknown) => console.warn("the screen lock was already gone", err));
}

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
    if (document.visibilityState === "visible" && this.#wanted) this.#request();
  };

  constructor() {
    document.addEventListener("visibilitychange", this.#onVisible);
  }

  /** Asks for the lock; a refusal shows as state "refused", which the player says in words. */
  #request(): void {
    if (!("wakeLock" in navigator)) {
      this.state.value = "unsupported";
      return;
    }
    navigator.wakeLock.request("screen").then(
      (sentinel) => {
        if (!this.#wanted) {
          letGo(sentinel);
          return;
        }
        this.#sentinel = sentinel;
        this.state.value = "held";
        sentinel.addEventListener("release", () => {
          if (this.#sentinel === sentinel) this.state.value = "released";
        });
      },
      () => {
        this.state.value = "refused";
      },
    );
  }

  /** Asks to keep the screen on from now until {@link release}. */
  hold(): void {
    this.#wanted = true;
    if (this.state.value !== "held") this.#request();
  }

  release(): void {
    this.#wanted = false;
    const s = this.#sentinel;
    this.#sentinel = undefined;
    this.state.value = "released";
    if (s) letGo(s);
  }

  dispose(): void {
    this.release();
    document.removeEventListener("visibilitychange", this.#onVisible);
  }
}
