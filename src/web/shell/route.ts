import type { ComponentType } from "preact";

/**
 * A screen the app can show, matched by path prefix. Its own module, so a feature's list of
 * routes (learn/learn-routes.ts) and the app's list (routes.ts) both depend on it and never on
 * each other.
 */
export interface Route {
  readonly path: string;
  /** Names the browser tab: a function when its words come from the catalogs (read when shown). */
  readonly title: string | (() => string);
  /** The screen; a lazily loaded one can be loaded ahead, or started early (see lazyScreen). */
  readonly screen: ComponentType<{ path: string }> & {
    readonly preload?: () => Promise<unknown>;
    readonly prefetch?: () => void;
  };
  /**
   * Loads what the screen reads on its first render, before a page pre-rendered at build time
   * is hydrated, so that render matches the page (the guides, for Learn's guide pages).
   */
  readonly prepare?: () => Promise<unknown>;
  /**
   * "focus": a screen that is a task of its own (the session player, onboarding), drawn without
   * the navigation so nothing competes with it. Every other screen has the navigation.
   */
  readonly frame?: "focus";
}
