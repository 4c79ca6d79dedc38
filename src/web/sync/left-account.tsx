import { signal } from "@preact/signals";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { deleteAllLocalData } from "../progress/your-data/data-io.ts";
import { Button } from "../ui/button.tsx";
import { Trash } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";

/** How this device last left its account, while the Account screen says so. */
export type Leaving = "signed-out" | "deleted";

/**
 * Set by the Account screen when signing out or deleting succeeds: the signed-in part of the
 * screen is gone by then, so the message lives here, above the sign-in form.
 */
export const leftAccount = signal<Leaving | undefined>(undefined);

/**
 * What signing out or deleting the account did, and the offer to clear this device too: a shared
 * phone should not keep someone's routines and check-ins after they leave.
 */
export function LeftAccountNotice() {
  const left = leftAccount.value;
  const clearing = useAction(t("account.left.clearing"), async () => {
    await deleteAllLocalData();
    leftAccount.value = undefined;
    location.assign("/");
  });
  if (left === undefined) return null;
  return (
    <Notice tone={left === "deleted" ? "success" : "info"} role="status" class="left-account">
      <p>{t("account.left", { left })}</p>
      <p>{t("account.left.device")}</p>
      <div class="cluster">
        <Button
          variant="destructive"
          size="small"
          icon={Trash}
          busy={clearing.busy.value}
          onClick={() => clearing.run()}
        >
          {t("account.left.clear")}
        </Button>
        <Button variant="quiet" size="small" onClick={() => (leftAccount.value = undefined)}>
          {t("account.left.keep")}
        </Button>
      </div>
      <ProblemNotice problem={clearing.problem.value} />
    </Notice>
  );
}
