import { signal } from "@preact/signals";

/** The current path, kept in step with the address bar. */
export const currentPath = signal(typeof location === "undefined" ? "/" : location.pathname);

/**
 * Asked before the app leaves the current path (a link, `navigate`, the browser's Back or
 * Forward). Returns true to let it go; false to stay, after asking the person, who may then call
 * `leave` to go after all.
 */
export type LeaveGuard = (leave: () => void) => boolean;

let leaveGuard: LeaveGuard | null = null;

/** Sets the guard for leaving the current screen (the running session); returns its removal. */
export function guardLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

function mayLeave(go: () => void): boolean {
  const guard = leaveGuard;
  return (
    guard === null ||
    guard(() => {
      leaveGuard = null;
      go();
    })
  );
}

/** Moves to another screen without a page load, unless the screen's guard keeps it. */
export function navigate(path: string, replace = false): void {
  if (path === currentPath.value) return;
  if (!mayLeave(() => navigate(path, replace))) return;
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  currentPath.value = location.pathname;
  window.scrollTo(0, 0);
}

/** Keeps `currentPath` in step with back/forward and turns same-origin link clicks into navigations. */
export function startRouter(): void {
  addEventListener("popstate", () => {
    const to = location.pathname;
    if (to !== currentPath.value && !mayLeave(() => history.back())) {
      // The browser has moved already: put the guarded screen back on top while the person
      // decides; leaving after all goes back to where they were heading.
      history.pushState(null, "", currentPath.value);
      return;
    }
    currentPath.value = to;
  });
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.("a");
    if (!link || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || link.dataset.native !== undefined) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
