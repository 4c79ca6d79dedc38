import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Trash } from "../ui/icons.ts";
import { TextField } from "../ui/text-field.tsx";
import { accountRefusal } from "./account-words.ts";
import { leftAccount } from "./left-account.tsx";
import { RefusalNotice } from "./refusal-notice.tsx";
import { useSync } from "./sync-context.ts";

/** Deleting the account, behind a second step that asks for the password. */
export function DeleteAccount() {
  const sync = useSync();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const deleting = useAction(t("account.delete.doing"), async () => {
    const err = await sync.deleteAccount(password);
    setProblem(err ? accountRefusal(err, "delete") : null);
    if (!err) leftAccount.value = "deleted";
  });
  const remove = (event: Event) => {
    event.preventDefault();
    if (!password) setProblem(t("account.delete.password-missing"));
    else deleting.run();
  };
  return (
    <Card as="section" tone="outlined" class="stack" aria-labelledby="delete-title">
      <h2 id="delete-title" class="section-title">
        {t("account.delete.title")}
      </h2>
      <p class="muted">{t("account.delete.text")}</p>
      {confirming ? (
        <form class="stack" onSubmit={remove} noValidate>
          <TextField
            type="password"
            label={t("account.password.label")}
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            aria-invalid={problem ? "true" : undefined}
          />
          <RefusalNotice text={problem} />
          <ProblemNotice problem={deleting.problem.value} />
          <div class="cluster">
            <Button type="submit" variant="destructive" icon={Trash} busy={deleting.busy.value}>
              {t("account.delete.confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("account.delete.keep")}
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button variant="destructive" icon={Trash} onClick={() => setConfirming(true)}>
            {t("account.delete.start")}
          </Button>
        </div>
      )}
    </Card>
  );
}
