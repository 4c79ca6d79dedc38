import { lazyScreen } from "../shell/lazy-screen.tsx";
import type { FinishView } from "./finish-view.tsx";

/**
 * The finish view in its own chunk (with the still face map, the habit figures and the check-in),
 * out of /session's first load; the player preloads it while the slip-medium check is shown.
 */
export const LazyFinishView = lazyScreen<Parameters<typeof FinishView>[0]>(
  () => import("./finish-view.tsx").then((m) => m.FinishView),
  "the end of the session",
  ["core", "session", "progress"],
);
