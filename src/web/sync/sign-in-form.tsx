import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { TextField } from "../ui/text-field.tsx";
import { accountRefusal, emailProblem, minPassword, newPasswordProblem } from "./account-words.ts";
import { focusField } from "./focus-field.ts";
import { ForgotPassword } from "./password-reset.tsx";
import { RefusalNotice } from "./refusal-notice.tsx";
import { useSync } from "./sync-context.ts";

type Mode = "login" | "register" | "forgot";

/** What the form can tell before asking the server, which also rates how easy a password is to guess. */
function formProblem(mode: "login" | "register", email: string, password: string) {
  const wrongEmail = emailProblem(email);
  if (wrongEmail) return { field: "email", text: wrongEmail } as const;
  const wrongPassword =
    mode === "login"
      ? password
        ? null
        : t("account.password.missing")
      : newPasswordProblem(password, email);
  return wrongPassword ? ({ field: "password", text: wrongPassword } as const) : null;
}

/** Sign in, create an account, or go on to ask for a reset link. */
export function SignInForm() {
  const sync = useSync();
  const [mode, setMode] = useState<Mode>("login");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [local, setLocal] = useState<ReturnType<typeof formProblem>>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const register = mode === "register";
  // One submission at a time: a double tap on "Create an account" registers once.
  const sending = useAction(t("account.form.sending", { mode }), async () => {
    const err = await sync.signIn(register ? "register" : "login", email.trim(), password);
    if (err) setRefused(accountRefusal(err, register ? "register" : "login"));
    else setPassword("");
  });
  if (mode === "forgot") return <ForgotPassword email={email} onBack={() => setMode("login")} />;
  const switchTo = (next: Mode) => {
    setMode(next);
    setLocal(null);
    setRefused(null);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const problem = formProblem(register ? "register" : "login", email, password);
    setLocal(problem);
    setRefused(null);
    if (problem) focusField(`account-${problem.field}`);
    else sending.run();
  };
  const title = t("account.form.title", { mode });
  return (
    <form
      class="account-form stack"
      onSubmit={submit}
      noValidate
      aria-labelledby="account-form-title"
    >
      <h2 id="account-form-title" class="section-title">
        {title}
      </h2>
      <p class="muted">{t("account.form.why")}</p>
      <TextField
        id="account-email"
        type="email"
        label={t("account.email.label")}
        autocomplete="email"
        value={email}
        onInput={(e) => setEmail(e.currentTarget.value)}
        error={local?.field === "email" ? local.text : undefined}
        required
      />
      <TextField
        id="account-password"
        type="password"
        label={t("account.password.label")}
        autocomplete={register ? "new-password" : "current-password"}
        hint={register ? t("account.password.rules", { min: minPassword }) : undefined}
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        error={local?.field === "password" ? local.text : undefined}
        required
      />
      <RefusalNotice text={refused} />
      <ProblemNotice problem={sending.problem.value} />
      <Button type="submit" fullWidth busy={sending.busy.value} busyLabel={t("account.form.wait")}>
        {title}
      </Button>
      <div class="cluster account-form__other">
        <Button
          variant="quiet"
          size="small"
          onClick={() => switchTo(register ? "login" : "register")}
        >
          {t("account.form.switch", { mode })}
        </Button>
        {mode === "login" ? (
          <Button variant="quiet" size="small" onClick={() => switchTo("forgot")}>
            {t("account.form.forgot")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
