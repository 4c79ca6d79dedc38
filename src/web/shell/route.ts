import type { ComponentType } from "preact";

/**
 * A screen the app can show, matched by path prefix. Its own module, so a feature's list of
 * routes (learn/learn-routes.ts) and the app's list (routes.ts) both depend on it and never on
 * each other.
 */
export interface Route {
  readonly path: string;
  readonly title: string;
  /** The screen; a lazily loaded one can be loaded ahead (see lazyScreen). */
  readonly screen: ComponentType<{ path: string }> & { readonly preload?: () => Promise<unknown> };
  /**
   * Loads what the screen reads on its first render, before a page pre-rendered at build time
   * is hydrated, so that render matches the page (the guides, for Learn's guide pages).
   */
  readonly prepare?: () => Promise<unknown>;
  /** Shown alone, without the header and its navigation: the session player is the whole screen. */
  readonly bare?: boolean;
}
