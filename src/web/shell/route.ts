import type { ComponentType } from "preact";

/**
 * A screen the app can show, matched by path prefix. Its own module, so a feature's list of
 * routes (learn/learn-routes.ts) and the app's list (routes.ts) both depend on it and never on
 * each other.
 */
export interface Route {
  readonly path: string;
  readonly title: string;
  readonly screen: ComponentType<{ path: string }>;
}
