import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import type { Loaded } from "./use-load.ts";
import { useLoad } from "./use-load.ts";

/**
 * The recorded sessions, reloaded whenever a session record is written (by the player or a
 * sync); `problem` says why reading them failed, with a retry.
 */
export function useSessions(records: Records): Loaded<readonly SessionBody[]> {
  return useLoad(
    t("common.read-sessions"),
    async () => (await records.list<SessionBody>("session")).map((r) => r.body),
    [records],
    (_, reload) =>
      records.subscribe((kinds) => {
        if (kinds.has("session")) reload();
      }),
  );
}
