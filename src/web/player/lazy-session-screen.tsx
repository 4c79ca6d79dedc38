import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/**
 * The /session route entry: loads the player only when the route is opened, so the other
 * screens never download it.
 */
export function LazySessionScreen() {
  const [Screen, setScreen] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import("./session-screen.tsx").then((m) => setScreen(() => m.SessionScreen));
  }, []);
  return Screen ? <Screen /> : <p role="status">Loading the player…</p>;
}
