import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { LogOut } from "../ui/icons.ts";
import { accountRefusal } from "./account-words.ts";
import { leftAccount } from "./left-account.tsx";
import { RefusalNotice } from "./refusal-notice.tsx";
import { useSync } from "./sync-context.ts";

/** Signing out of this device; the account and this device's data both stay. */
export function SignOut() {
  const sync = useSync();
  const [refused, setRefused] = useState<string | null>(null);
  const leaving = useAction(t("account.sign-out.doing"), async () => {
    const err = await sync.signOut();
    setRefused(err ? accountRefusal(err, "login") : null);
    if (!err) leftAccount.value = "signed-out";
  });
  return (
    <>
      <div>
        <Button
          variant="secondary"
          icon={LogOut}
          busy={leaving.busy.value}
          onClick={() => leaving.run()}
        >
          {t("account.sign-out")}
        </Button>
      </div>
      <RefusalNotice text={refused} />
      <ProblemNotice problem={leaving.problem.value} />
    </>
  );
}
