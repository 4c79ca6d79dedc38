import { signal } from "@preact/signals";
import type { Locale } from "../core/i18n/locales.ts";
import { appPath, localePath, pathLocale } from "./i18n/locale-path.ts";

/**
 * The language prefix the page was loaded under (`/es/learn/guides`), kept on every address the
 * app moves to, so a page opened in a language stays in it.
 */
let pageLocale = typeof location === "undefined" ? undefined : pathLocale(location.pathname);

/**
 * Sets the page's language prefix where there is no address bar: the site build, rendering the
 * pages it pre-renders under `/es/…` and `/de/…`, whose links must match the app's on that page.
 */
export function setPageLocale(locale: Locale | undefined): void {
  pageLocale = locale;
}

/**
 * The address of an app path on this page: the path under the page's language prefix. Links
 * use it, so a page read without scripts leads to pages in its own language too.
 */
export function address(path: string): string {
  return pageLocale === undefined ? path : localePath(pageLocale, path);
}

/** The current path, kept in step with the address bar, without its language prefix. */
export const currentPath = signal(
  typeof location === "undefined" ? "/" : appPath(location.pathname),
);

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

/**
 * Moves to another screen without a page load, unless the screen's guard keeps it; `path` is an
 * app path (no language prefix).
 */
export function navigate(path: string, replace = false): void {
  if (path === currentPath.value) return;
  if (!mayLeave(() => navigate(path, replace))) return;
  if (replace) history.replaceState(null, "", address(path));
  else history.pushState(null, "", address(path));
  currentPath.value = appPath(location.pathname);
  window.scrollTo(0, 0);
}

/** Keeps `currentPath` in step with back/forward and turns same-origin link clicks into navigations. */
export function startRouter(): void {
  addEventListener("popstate", () => {
    const to = appPath(location.pathname);
    if (to !== currentPath.value && !mayLeave(() => history.back())) {
      // The browser has moved already: put the guarded screen back on top while the person
      // decides; leaving after all goes back to where they were heading.
      history.pushState(null, "", address(currentPath.value));
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
    // A link to another language's page (a language switch) loads that page afresh.
    if (pathLocale(url.pathname) !== undefined && pathLocale(url.pathname) !== pageLocale) return;
    event.preventDefault();
    navigate(appPath(url.pathname) + url.search + url.hash);
  });
}
