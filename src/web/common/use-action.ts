import { useRef } from "preact/hooks";
import { Action, type ActionOptions } from "./action.ts";

/**
 * The component's {@link Action} for `what` ("save your check-in"): made once, given the latest
 * `what` and `work` on every render. Read `busy` and `problem` in the render to follow them.
 */
export function useAction<A extends readonly unknown[] = []>(
  what: string,
  work: (...args: A) => Promise<void>,
  options: ActionOptions = {},
): Action<A> {
  const ref = useRef<Action<A> | null>(null);
  ref.current ??= new Action(what, work, options);
  ref.current.what = what;
  ref.current.work = work;
  return ref.current;
}
