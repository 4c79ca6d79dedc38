import { useEffect, useState } from "preact/hooks";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";

/** The recorded sessions, reloaded whenever a session record is written (by the player or a sync). */
export function useSessions(records: Records): readonly SessionBody[] {
  const [sessions, setSessions] = useState<readonly SessionBody[]>([]);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<void> => {
      const list = await records.list<SessionBody>("session");
      if (live) setSessions(list.map((r) => r.body));
    };
    const unsubscribe = records.subscribe((kinds) => {
      if (kinds.has("session")) void load();
    });
    void load();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [records]);
  return sessions;
}
