/** What {@link focusReturn} needs of an element: to be focused, and to still be in the page. */
export interface Focusable {
  focus(options?: FocusOptions): void;
  readonly isConnected: boolean;
}

/**
 * Remembers what had focus when a sheet opened, to give focus back when it closes (Escape, the
 * close button, a tap on the backdrop), so a keyboard or screen-reader user lands where they were.
 * When that element is gone by then (the list re-rendered), focus goes to `fallback` if given.
 */
export function focusReturn(doc: { readonly activeElement: unknown }) {
  const before = doc.activeElement as Partial<Focusable> | null;
  let done = false;
  return {
    /** Gives focus back, once: a second call (close event, then unmount) does nothing. */
    restore(fallback?: Focusable | null) {
      if (done) return;
      done = true;
      if (before && typeof before.focus === "function" && before.isConnected) {
        before.focus({ preventScroll: true });
      } else fallback?.focus({ preventScroll: true });
    },
  };
}
