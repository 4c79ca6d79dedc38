import { signal } from "@preact/signals";
import { appPath, localePath, pathLocale } from "./i18n/locale-path.ts";

/**
 * The language prefix the page was loaded under (`/es/learn/guides`), kept on every address the
 * app moves to, so a page opened in a language stays in it.
 */
const pageLocale = typeof location === "undefined" ? undefined : pathLocale(location.pathname);

/** The current path, kept in step with the address bar, without its language prefix. */
export const currentPath = signal(
  typeof location === "undefined" ? "/" : appPath(location.pathname),
);

/** Moves to another screen without a page load; `path` is an app path (no language prefix). */
export function navigate(path: string, replace = false): void {
  if (path === currentPath.value) return;
  const address = pageLocale === undefined ? path : localePath(pageLocale, path);
  if (replace) history.replaceState(null, "", address);
  else history.pushState(null, "", address);
  currentPath.value = appPath(location.pathname);
  window.scrollTo(0, 0);
}

/** Keeps `currentPath` in step with back/forward and turns same-origin link clicks into navigations. */
export function startRouter(): void {
  addEventListener("popstate", () => {
    currentPath.value = appPath(location.pathname);
  });
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.("a");
    if (!link || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || link.dataset.native !== undefined) return;
    // A link to another language's page (a language switch) loads that page afresh.
    if (pathLocale(url.pathname) !== undefined && pathLocale(url.pathname) !== pageLocale) return;
    event.preventDefault();
    navigate(appPath(url.pathname) + url.search + url.hash);
  });
}
