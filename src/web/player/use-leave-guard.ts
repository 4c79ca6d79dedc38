import { useEffect, useRef } from "preact/hooks";
import { guardLeaving } from "../router.ts";

/**
 * While `on`, leaving the page asks first: a link or the browser's Back calls `ask` with the way
 * to leave after all (and stays meanwhile); closing or reloading the tab gets the browser's own
 * question.
 */
export function useLeaveGuard(on: boolean, ask: (leave: () => void) => void): void {
  const latest = useRef(ask);
  latest.current = ask;
  useEffect(() => {
    if (!on) return;
    const unguard = guardLeaving((leave) => {
      latest.current(leave);
      return false;
    });
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers ask only when a value is returned this way.
      e.returnValue = "";
    };
    addEventListener("beforeunload", beforeUnload);
    return () => {
      unguard();
      removeEventListener("beforeunload", beforeUnload);
    };
  }, [on]);
}
