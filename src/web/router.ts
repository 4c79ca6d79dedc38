import { signal } from "@preact/signals";

/** The current path, kept in step with the address bar. */
export const currentPath = signal(typeof location === "undefined" ? "/" : location.pathname);

/** Moves to another screen without a page load. */
export function navigate(path: string, replace = false): void {
  if (path === currentPath.value) return;
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  currentPath.value = location.pathname;
  window.scrollTo(0, 0);
}

/** Keeps `currentPath` in step with back/forward and turns same-origin link clicks into navigations. */
export function startRouter(): void {
  addEventListener("popstate", () => {
    currentPath.value = location.pathname;
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
