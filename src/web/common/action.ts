import { signal } from "@preact/signals";
import { t } from "../i18n/language.ts";
import { failureText } from "./failure-text.ts";

/** Something that did not work, said in words, with the way to try it again. */
export interface Problem {
  readonly message: string;
  readonly retry: () => void;
}

/** The sentence a person reads when `what` ("save your check-in") failed with `err`. */
export function problemMessage(what: string, err: unknown): string {
  return t("common.problem", { what, reason: failureText(err) });
}

/** How an action treats a start while a run is under way. */
export interface ActionOptions {
  /**
   * false (the default): the start is ignored, so a double tap on a button does the work once.
   * true: the newest such start runs when the current run ends, for controls saved as they
   * change (a slider, a checkbox), where the last value must win and none in between matters.
   */
  readonly latest?: boolean;
}

/**
 * One thing a person does that takes a moment: save, delete, sign in, export. A run never throws:
 * a failure becomes `problem`, in words, with a retry of the same call (same arguments, so a
 * create retried keeps its id). Runs never overlap (see {@link ActionOptions}). Components make
 * theirs with `useAction`.
 */
export class Action<A extends readonly unknown[] = []> {
  readonly busy = signal(false);
  readonly problem = signal<Problem | null>(null);
  /**
   * What the person is doing, as the end of "Could not …" ("save your check-in"): text, or a
   * function giving it, for an action made before the page's language is started.
   */
  #what: string | (() => string);
  /** The work; a component replaces it on every render, so it always sees the latest state. */
  work: (...args: A) => Promise<void>;
  readonly #latest: boolean;
  #next: A | undefined;

  constructor(
    what: string | (() => string),
    work: (...args: A) => Promise<void>,
    options: ActionOptions = {},
  ) {
    this.#what = what;
    this.work = work;
    this.#latest = options.latest === true;
  }

  /** What the person is doing, in the page's language. */
  get what(): string {
    return typeof this.#what === "function" ? this.#what() : this.#what;
  }

  set what(what: string | (() => string)) {
    this.#what = what;
  }

  /** Starts the work unless a run is under way (for event handlers: nothing to wait for). */
  run(...args: A): void {
    // attempt() never rejects; the handler is only there to say so to the reader and the linter.
    this.attempt(...args).catch(() => false);
  }

  /**
   * Starts the work unless a run is under way. Resolves, never rejects, once the run ended: to
   * true when it worked, false when it failed or was ignored.
   */
  attempt(...args: A): Promise<boolean> {
    if (this.busy.peek()) {
      if (this.#latest) this.#next = args;
      return Promise.resolve(false);
    }
    this.busy.value = true;
    this.problem.value = null;
    return Promise.resolve()
      .then(() => this.work(...args))
      .then(
        () => {
          this.busy.value = false;
          this.#runNext();
          return true;
        },
        (err: unknown) => {
          console.warn(`could not ${this.what}`, err);
          this.busy.value = false;
          this.problem.value = {
            message: problemMessage(this.what, err),
            retry: () => this.run(...args),
          };
          this.#runNext();
          return false;
        },
      );
  }

  #runNext(): void {
    const next = this.#next;
    this.#next = undefined;
    if (next) this.run(...next);
  }
}
