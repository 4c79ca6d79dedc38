import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { SyncController } from "./sync-controller.ts";

/** The app's one sync controller, provided by main.tsx around the whole app. */
export const SyncContext = createContext<SyncController | null>(null);

/** The sync controller the app was started with; a screen outside the app has none. */
export function useSync(): SyncController {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error("useSync outside SyncContext: main.tsx provides it");
  return sync;
}
