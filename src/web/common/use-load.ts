import { type Inputs, useEffect, useRef, useState } from "preact/hooks";
import { type Problem, problemMessage } from "./action.ts";

/** What a screen read: the value once there, or why reading failed, with a retry. */
export interface Loaded<T> {
  /** The last value read; kept while a reload runs. Undefined until the first read ends. */
  readonly value: T | undefined;
  readonly problem: Problem | null;
}

/**
 * Reads `load` when the component mounts and whenever `deps` change; a failed read becomes a
 * `problem` (in words, with a retry) instead of a "Loading…" line that never ends. `watch`, given
 * the first value, subscribes to changes that call for a fresh read and returns its unsubscribe.
 * A read that ends after a newer one started is dropped, so a slow old read never wins.
 */
export function useLoad<T>(
  what: string,
  load: () => Promise<T>,
  deps: Inputs,
  watch?: (value: T, reload: () => void) => () => void,
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ value: undefined, problem: null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    let live = true;
    let unwatch: (() => void) | undefined;
    const read = (): void => {
      const mine = ++latest.current;
      load().then(
        (value) => {
          if (!live || mine !== latest.current) return;
          setState({ value, problem: null });
          if (watch && !unwatch) unwatch = watch(value, read);
        },
        (err: unknown) => {
          if (!live || mine !== latest.current) return;
          console.warn(`could not ${what}`, err);
          // A retry shows "Loading…" again while it reads.
          const retry = () => {
            setState((s) => ({ value: s.value, problem: null }));
            setAttempt((n) => n + 1);
          };
          setState((s) => ({
            value: s.value,
            problem: { message: problemMessage(what, err), retry },
          }));
        },
      );
    };
    read();
    return () => {
      live = false;
      unwatch?.();
    };
  }, [...deps, attempt]); // the caller names what the read depends on
  return state;
}
