import type { ComponentType } from "preact";
import { learnRoutes } from "./learn/learn-routes.ts";
import { LazySessionScreen } from "./player/lazy-session-screen.tsx";
import { ProgressScreen } from "./progress/progress-screen.tsx";
import { RoutinesScreen } from "./routines/routines-screen.tsx";
import { SettingsScreen } from "./settings/settings-screen.tsx";
import { AccountScreen } from "./sync/account-screen.tsx";
import { TodayScreen } from "./today/today-screen.tsx";
import { WelcomeScreen } from "./welcome/welcome-screen.tsx";

/** A screen the app can show, matched by path prefix. */
export interface Route {
  readonly path: string;
  readonly title: string;
  readonly screen: ComponentType<{ path: string }>;
  /** Shown in the main navigation. */
  readonly nav?: boolean;
}

/** Every screen, most specific first. Each feature adds its own line. */
export const routes: readonly Route[] = [
  { path: "/", title: "Today", screen: TodayScreen, nav: true },
  { path: "/welcome", title: "Welcome", screen: WelcomeScreen },
  { path: "/routines", title: "Routines", screen: RoutinesScreen, nav: true },
  { path: "/progress", title: "Progress", screen: ProgressScreen, nav: true },
  ...learnRoutes,
  { path: "/session", title: "Session", screen: LazySessionScreen },
  { path: "/account", title: "Account", screen: AccountScreen, nav: true },
  { path: "/settings", title: "Settings", screen: SettingsScreen, nav: true },
];

/** Finds the route for a path: an exact match, else the longest prefix ending at a slash. */
export function matchRoute(path: string): Route | undefined {
  const exact = routes.find((r) => r.path === path);
  if (exact) return exact;
  return routes
    .filter((r) => r.path !== "/" && path.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
