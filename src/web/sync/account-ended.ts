import { useEffect } from "preact/hooks";
import { t } from "../i18n/language.ts";
import { navigate } from "../router.ts";
import { showToast } from "../ui/toast-queue.ts";
import { useSync } from "./sync-context.ts";

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
      message: t("web.account-ended"),
      tone: "info",
      duration: Number.POSITIVE_INFINITY,
      action: { label: t("web.account-ended.sign-in"), run: () => navigate("/account") },
    });
  }, [ended]);
}
