import { lazyScreen } from "../shell/lazy-screen.tsx";

/**
 * The /session route entry: loads the player only when the route is opened, so the other
 * screens never download it.
 */
export const LazySessionScreen = lazyScreen(
  () => import("./session-screen.tsx").then((m) => m.SessionScreen),
  "the player",
  ["session"],
);
