import { formatClock } from "../../core/i18n/format-date.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { RefreshCw } from "../ui/icons.ts";
import { useSync } from "./sync-context.ts";
import type { SyncStatus } from "./sync-controller.ts";
import { heldBackText, syncProblemText } from "./sync-words.ts";

function describe(s: SyncStatus): string {
  switch (s.state) {
    case "signed-out":
      return t("account.sync.signed-out");
    case "syncing":
      return t("account.sync.syncing");
    case "synced": {
      const at = new Date(s.at);
      return t("account.sync.synced", {
        time: formatClock(t.locale, at.getHours(), at.getMinutes()),
      });
    }
    case "waiting":
      return t("account.sync.waiting", { n: s.pending });
    case "offline":
      return t("account.sync.offline", { n: s.pending });
    case "error":
      return t("account.sync.failed", { reason: syncProblemText(s.problem) });
  }
}

/**
 * One line saying whether this device is in step with the account, with a retry when not, and
 * one more when changes pulled from another device are set aside for their clock stamps.
 */
export function SyncStatusLine() {
  const sync = useSync();
  const s = sync.status.value;
  const held = heldBackText(sync.heldBack.value);
  const failed = s.state === "error" || s.state === "offline";
  return (
    <>
      <div class="sync-status cluster">
        <p role="status" aria-live="polite">
          {describe(s)}
        </p>
        {s.state !== "signed-out" && s.state !== "syncing" ? (
          <Button variant="secondary" size="small" icon={RefreshCw} onClick={() => sync.syncNow()}>
            {failed ? t("account.sync.retry") : t("account.sync.now")}
          </Button>
        ) : null}
      </div>
      {held ? (
        <p class="sync-held muted" role="status">
          {held}
        </p>
      ) : null}
    </>
  );
}
