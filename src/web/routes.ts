import { learnRoutes } from "./learn/learn-routes.ts";
import { LazySessionScreen } from "./player/lazy-session-screen.tsx";
import { lazyScreen } from "./shell/lazy-screen.tsx";
import type { Route } from "./shell/route.ts";

// Every screen is its own chunk (see lazyScreen): the shell stays small for whichever route a
// person opens first, the player above all.
const TodayScreen = lazyScreen(
  () => import("./today/today-screen.tsx").then((m) => m.TodayScreen),
  "today's routine",
  // The programme's card (day N of M, what the day asks) says its words from the programmes group.
  ["core", "today", "programmes"],
);
const WelcomeScreen = lazyScreen(
  () => import("./welcome/welcome-screen.tsx").then((m) => m.WelcomeScreen),
  "the set-up",
  ["core", "welcome"],
);
const RoutinesScreen = lazyScreen(
  () => import("./routines/routines-screen.tsx").then((m) => m.RoutinesScreen),
  "your routines",
  ["core", "routines"],
);
const ProgressScreen = lazyScreen(
  () => import("./progress/progress-screen.tsx").then((m) => m.ProgressScreen),
  "your progress",
  ["core", "progress", "programmes"],
);
const AccountScreen = lazyScreen(
  () => import("./sync/account-screen.tsx").then((m) => m.AccountScreen),
  "your account",
  ["core", "account"],
);
const ProgrammeScreen = lazyScreen(
  () => import("./programme/programme-screen.tsx").then((m) => m.ProgrammeScreen),
  "the programmes",
  ["core", "programmes"],
);
const MoreScreen = lazyScreen(
  () => import("./more/more-screen.tsx").then((m) => m.MoreScreen),
  "the menu",
  ["core", "more"],
);
const SettingsScreen = lazyScreen(
  () => import("./settings/settings-screen.tsx").then((m) => m.SettingsScreen),
  "settings",
  // The calendar address's server errors are said with the account's words.
  ["core", "settings", "account"],
);

/** Every screen, most specific first. Each feature adds its own line. */
export const routes: readonly Route[] = [
  { path: "/", title: "Today", screen: TodayScreen },
  { path: "/welcome", title: "Welcome", screen: WelcomeScreen, frame: "focus" },
  { path: "/routines", title: "Routines", screen: RoutinesScreen },
  { path: "/progress", title: "Progress", screen: ProgressScreen },
  { path: "/programme", title: "Programmes", screen: ProgrammeScreen },
  ...learnRoutes,
  { path: "/session", title: "Session", screen: LazySessionScreen, frame: "focus" },
  { path: "/account", title: "Account", screen: AccountScreen },
  { path: "/settings", title: "Settings", screen: SettingsScreen },
  { path: "/more", title: "Menu", screen: MoreScreen },
];

/** Finds the route for a path: an exact match, else the longest prefix ending at a slash. */
export function matchRoute(path: string): Route | undefined {
  const exact = routes.find((r) => r.path === path);
  if (exact) return exact;
  return routes
    .filter((r) => r.path !== "/" && path.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
