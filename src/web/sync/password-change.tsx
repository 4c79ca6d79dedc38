import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextField } from "../ui/text-field.tsx";
import { accountApi } from "./account-api.ts";
import { accountRefusal, minPassword, newPasswordProblem } from "./account-words.ts";
import { focusField } from "./focus-field.ts";
import { RefusalNotice } from "./refusal-notice.tsx";

/** Change the password: the current one, then the new one; every other device is signed out. */
export function PasswordChange(props: { readonly email: string; readonly onChanged: () => void }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [local, setLocal] = useState<{ field: "current" | "next"; text: string } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const saving = useAction(t("account.change.doing"), async () => {
    const res = await accountApi().changePassword(current, next);
    if (!res.ok) {
      if (res.code === "offline") throw new Error(res.message);
      setRefused(accountRefusal(res, "change"));
      return;
    }
    setCurrent("");
    setNext("");
    setDone(true);
    props.onChanged();
  });
  const submit = (event: Event) => {
    event.preventDefault();
    setDone(false);
    setRefused(null);
    const wrongNext = newPasswordProblem(next, props.email);
    const problem = !current
      ? ({ field: "current", text: t("account.change.current-missing") } as const)
      : wrongNext
        ? ({ field: "next", text: wrongNext } as const)
        : null;
    setLocal(problem);
    if (problem) focusField(`change-${problem.field}`);
    else saving.run();
  };
  return (
    <Card as="section" class="stack" aria-labelledby="change-title">
      <form class="account-form stack" onSubmit={submit} noValidate aria-labelledby="change-title">
        <h2 id="change-title" class="section-title">
          {t("account.change.title")}
        </h2>
        <TextField
          id="change-current"
          type="password"
          label={t("account.change.current")}
          autocomplete="current-password"
          value={current}
          onInput={(e) => setCurrent(e.currentTarget.value)}
          error={local?.field === "current" ? local.text : undefined}
        />
        <TextField
          id="change-next"
          type="password"
          label={t("account.change.next")}
          autocomplete="new-password"
          hint={t("account.change.rules", { min: minPassword })}
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
          error={local?.field === "next" ? local.text : undefined}
        />
        <RefusalNotice text={refused} />
        {done ? (
          <Notice tone="success" role="status">
            <p>{t("account.change.done")}</p>
          </Notice>
        ) : null}
        <ProblemNotice problem={saving.problem.value} />
        <div>
          <Button
            type="submit"
            variant="secondary"
            busy={saving.busy.value}
            busyLabel={t("account.form.wait")}
          >
            {t("account.change.title")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
