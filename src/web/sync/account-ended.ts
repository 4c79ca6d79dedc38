import { useEffect } from "preact/hooks";
import { navigate } from "../router.ts";
import { showToast } from "../ui/toast-queue.ts";
import { useSync } from "./sync-context.ts";

/** What a person reads when this device's sign-in ended elsewhere. */
export const ENDED_TEXT =
  "You are signed out: your account was deleted, or signed out from another device. Everything on this device stays here.";

/**
 * Says once, in a toast, that the account this device was signed in to has ended (see
 * SyncController.ended); the device has already forgotten it, so it will not be said again.
 */
export function useAccountEndedToast(): void {
  const sync = useSync();
  const ended = sync.ended.value;
  useEffect(() => {
    if (!ended) return;
    showToast({
      message: ENDED_TEXT,
      tone: "info",
      duration: Number.POSITIVE_INFINITY,
      action: { label: "Sign in", run: () => navigate("/account") },
    });
  }, [ended]);
}
