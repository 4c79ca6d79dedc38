import { useRef } from "preact/hooks";

/**
 * Two taps on one control closer together than this are one double tap (phones and desktops
 * use 300–500 ms).
 */
export const DOUBLE_TAP_MS = 400;

/** Tells a tap from the second half of a double tap; see {@link tapGuard}. */
export interface TapGuard {
  accept(control: string): boolean;
}

/**
 * Tells taps apart from the second half of a double tap, for controls whose screen changes so
 * fast that the second tap lands on the changed screen (a "Remove" that would then remove the
 * step that moved into its place). `accept(control)` is false for a tap on the same control (a
 * name for the place tapped, such as "remove-3") within {@link DOUBLE_TAP_MS} of the last
 * accepted one, true otherwise. `now` is passed in by tests.
 */
export function tapGuard(now: () => number = () => performance.now()): TapGuard {
  let last = { control: "", at: Number.NEGATIVE_INFINITY };
  return {
    accept(control) {
      const at = now();
      if (control === last.control && at - last.at < DOUBLE_TAP_MS) return false;
      last = { control, at };
      return true;
    },
  };
}

/** The component's {@link tapGuard}, kept across renders. */
export function useTapGuard(): TapGuard {
  const ref = useRef<TapGuard | null>(null);
  ref.current ??= tapGuard();
  return ref.current;
}
