import { useSync } from "./sync-context.ts";
import type { SyncStatus } from "./sync-controller.ts";
import { heldBackText } from "./sync-words.ts";

function describe(s: SyncStatus): string {
  switch (s.state) {
    case "signed-out":
      return "Not signed in: your data stays on this device.";
    case "syncing":
      return "Syncing…";
    case "synced":
      return `Synced at ${new Date(s.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`;
    case "waiting":
      return `${s.pending} ${s.pending === 1 ? "change" : "changes"} waiting to sync.`;
    case "offline":
      return `Offline: ${s.pending} ${s.pending === 1 ? "change" : "changes"} will sync when you are back online.`;
    case "error":
      return `Sync failed: ${s.message}`;
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
  return (
    <>
      <p class="sync-status" role="status" aria-live="polite">
        {describe(s)}{" "}
        {s.state !== "signed-out" && s.state !== "syncing" ? (
          <button type="button" class="secondary" onClick={() => sync.syncNow()}>
            {s.state === "error" || s.state === "offline" ? "Retry" : "Sync now"}
          </button>
        ) : null}
      </p>
      {held ? (
        <p class="sync-held" role="status">
          {held}
        </p>
      ) : null}
    </>
  );
}
