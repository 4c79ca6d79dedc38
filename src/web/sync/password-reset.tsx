import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { navigate } from "../router.ts";
import { Button } from "../ui/button.tsx";
import { ArrowLeft } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import { TextField } from "../ui/text-field.tsx";
import { accountApi } from "./account-api.ts";
import { accountRefusal, emailProblem, minPassword, newPasswordProblem } from "./account-words.ts";
import { focusField } from "./focus-field.ts";
import { RefusalNotice } from "./refusal-notice.tsx";

/** "Forgot your password?": asks the server to mail a link, and says what happens next. */
export function ForgotPassword(props: { readonly email: string; readonly onBack: () => void }) {
  const [email, setEmail] = useState(props.email);
  const [answer, setAnswer] = useState<"sent" | "no-mail" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asking = useAction(t("account.forgot.doing"), async () => {
    const res = await accountApi().requestReset(email.trim());
    if (res.ok) setAnswer("sent");
    else if (res.code === "not-configured") setAnswer("no-mail");
    else throw new Error(accountRefusal(res, "login"));
  });
  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = emailProblem(email);
    setProblem(wrong);
    if (wrong) focusField("forgot-email");
    else asking.run();
  };
  return (
    <form class="account-form stack" onSubmit={submit} noValidate aria-labelledby="forgot-title">
      <h2 id="forgot-title" class="section-title">
        {t("account.reset.title")}
      </h2>
      <p class="muted">{t("account.forgot.text")}</p>
      <TextField
        id="forgot-email"
        type="email"
        label={t("account.email.label")}
        autocomplete="email"
        value={email}
        onInput={(e) => setEmail(e.currentTarget.value)}
        error={problem ?? undefined}
      />
      {answer === "sent" ? (
        <Notice tone="success" role="status">
          <p>{t("account.forgot.sent")}</p>
        </Notice>
      ) : null}
      {answer === "no-mail" ? (
        <Notice tone="warning" role="alert">
          <p>{t("account.forgot.no-mail")}</p>
        </Notice>
      ) : null}
      <ProblemNotice problem={asking.problem.value} />
      <Button type="submit" fullWidth busy={asking.busy.value} busyLabel={t("account.form.wait")}>
        {t("account.forgot.send")}
      </Button>
      <div>
        <Button variant="quiet" size="small" icon={ArrowLeft} onClick={props.onBack}>
          {t("account.back-to-sign-in")}
        </Button>
      </div>
    </form>
  );
}

/** The token a reset link carries in its fragment (`#token=…`), which no server sees. */
function tokenFromAddress(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get("token");
}

/** `/account/reset#token=…`: choose a new password with the link from the email. */
export function ResetPassword() {
  const [token] = useState(tokenFromAddress);
  const [password, setPassword] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const setting = useAction(t("account.reset.doing"), async () => {
    const res = await accountApi().confirmReset(token ?? "", password);
    if (res.ok) {
      setDone(true);
      // The token is used up: take it out of the address and the history.
      history.replaceState(null, "", "/account/reset");
      return;
    }
    if (res.code === "offline") throw new Error(res.message);
    setRefused(accountRefusal(res, "new-password"));
  });
  if (done || !token) {
    return (
      <section class="stack" aria-labelledby="reset-title">
        <h2 id="reset-title" class="section-title">
          {done ? t("account.reset.done-title") : t("account.reset.title")}
        </h2>
        <Notice tone={done ? "success" : "danger"} role={done ? "status" : "alert"}>
          <p>{done ? t("account.reset.done") : t("account.reset.incomplete")}</p>
        </Notice>
        <div>
          <Button onClick={() => navigate("/account", true)}>
            {done ? t("account.reset.sign-in") : t("account.back-to-sign-in")}
          </Button>
        </div>
      </section>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = newPasswordProblem(password, "");
    setLocal(wrong);
    setRefused(null);
    if (wrong) focusField("reset-password");
    else setting.run();
  };
  return (
    <form class="account-form stack" onSubmit={submit} noValidate aria-labelledby="reset-title">
      <h2 id="reset-title" class="section-title">
        {t("account.reset.title")}
      </h2>
      <TextField
        id="reset-password"
        type="password"
        label={t("account.change.next")}
        autocomplete="new-password"
        hint={t("account.reset.rules", { min: minPassword })}
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        error={local ?? undefined}
      />
      <RefusalNotice text={refused} />
      <ProblemNotice problem={setting.problem.value} />
      <Button type="submit" fullWidth busy={setting.busy.value} busyLabel={t("account.form.wait")}>
        {t("account.reset.save")}
      </Button>
    </form>
  );
}
