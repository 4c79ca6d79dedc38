import { t } from "./i18n/language.ts";
import { learnRoutes } from "./learn/learn-routes.ts";
import { LazySessionScreen } from "./player/lazy-session-screen.tsx";
import { lazyScreen } from "./shell/lazy-screen.tsx";
import type { Route } from "./shell/route.ts";
import { START_SCREENS } from "./start-screens.ts";

// Every screen is its own chunk (see lazyScreen): the shell stays small for whichever route a
// person opens first, the player above all.
const TodayScreen = lazyScreen(
  () => import("./today/today-screen.tsx").then((m) => m.TodayScreen),
  () => t("shell.screen.today"),
  START_SCREENS.today.groups,
);
const WelcomeScreen = lazyScreen(
  () => import("./welcome/welcome-screen.tsx").then((m) => m.WelcomeScreen),
  () => t("shell.screen.welcome"),
  START_SCREENS.welcome.groups,
);
const RoutinesScreen = lazyScreen(
  () => import("./routines/routines-screen.tsx").then((m) => m.RoutinesScreen),
  () => t("shell.screen.routines"),
  ["core", "routines"],
);
const ProgressScreen = lazyScreen(
  () => import("./progress/progress-screen.tsx").then((m) => m.ProgressScreen),
  () => t("shell.screen.progress"),
  ["core", "progress", "programmes"],
);
const AccountScreen = lazyScreen(
  () => import("./sync/account-screen.tsx").then((m) => m.AccountScreen),
  () => t("shell.screen.account"),
  ["core", "account"],
);
const ProgrammeScreen = lazyScreen(
  () => import("./programme/programme-screen.tsx").then((m) => m.ProgrammeScreen),
  () => t("shell.screen.programme"),
  ["core", "programmes"],
);
const MoreScreen = lazyScreen(
  () => import("./more/more-screen.tsx").then((m) => m.MoreScreen),
  () => t("shell.screen.more"),
  ["core", "more"],
);
const SettingsScreen = lazyScreen(
  () => import("./settings/settings-screen.tsx").then((m) => m.SettingsScreen),
  () => t("shell.screen.settings"),
  // The calendar address's server errors are said with the account's words.
  ["core", "settings", "account"],
);

/** Every screen, most specific first. Each feature adds its own line. */
export const routes: readonly Route[] = [
  { path: "/", title: () => t("shell.title.today"), screen: TodayScreen },
  {
    path: "/welcome",
    title: () => t("shell.title.welcome"),
    screen: WelcomeScreen,
    frame: "focus",
  },
  { path: "/routines", title: () => t("shell.title.routines"), screen: RoutinesScreen },
  { path: "/progress", title: () => t("shell.title.progress"), screen: ProgressScreen },
  { path: "/programme", title: () => t("shell.title.programme"), screen: ProgrammeScreen },
  ...learnRoutes,
  {
    path: "/session",
    title: () => t("shell.title.session"),
    screen: LazySessionScreen,
    frame: "focus",
  },
  { path: "/account", title: () => t("shell.title.account"), screen: AccountScreen },
  { path: "/settings", title: () => t("shell.title.settings"), screen: SettingsScreen },
  { path: "/more", title: () => t("shell.title.more"), screen: MoreScreen },
];

/** Finds the route for a path: an exact match, else the longest prefix ending at a slash. */
export function matchRoute(path: string): Route | undefined {
  const exact = routes.find((r) => r.path === path);
  if (exact) return exact;
  return routes
    .filter((r) => r.path !== "/" && path.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
