import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { navigate } from "../router.ts";
import { accountApi } from "./account-api.ts";
import { newPasswordProblem, passwordRefusal } from "./account-words.ts";

/** "Forgot your password?": asks the server to mail a link, and says what happens next. */
export function ForgotPassword(props: { readonly email: string; readonly onBack: () => void }) {
  const [email, setEmail] = useState(props.email);
  const [answer, setAnswer] = useState<"sent" | "no-mail" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asking = useAction("ask for a reset link", async () => {
    const res = await accountApi().requestReset(email.trim());
    if (res.ok) setAnswer("sent");
    else if (res.code === "not-configured") setAnswer("no-mail");
    else throw new Error(res.message);
  });
  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
      ? null
      : "Enter your email address.";
    setProblem(wrong);
    if (!wrong) asking.run();
  };
  return (
    <form class="account-form" onSubmit={submit} noValidate aria-labelledby="forgot-title">
      <h2 id="forgot-title">Set a new password</h2>
      <p>We will email you a link to choose a new password.</p>
      <label>
        Email
        <input
          type="email"
          autocomplete="email"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
          aria-invalid={problem !== null}
        />
      </label>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      {answer === "sent" ? (
        <p class="done" role="status">
          If an account has this email, a link is on its way to it. It works once, for 30 minutes.
          Check your spam folder if it does not arrive.
        </p>
      ) : null}
      {answer === "no-mail" ? (
        <p class="problem" role="alert">
          This Nura server cannot send email. Ask the person who runs it for a reset link: they can
          make one for your email address.
        </p>
      ) : null}
      <ProblemNotice problem={asking.problem.value} />
      <button type="submit" disabled={asking.busy.value}>
        {asking.busy.value ? "Please wait…" : "Email me a link"}
      </button>
      <button type="button" class="secondary" onClick={props.onBack}>
        Back to signing in
      </button>
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
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const setting = useAction("set the new password", async () => {
    const res = await accountApi().confirmReset(token ?? "", password);
    if (res.ok) {
      setDone(true);
      // The token is used up: take it out of the address and the history.
      history.replaceState(null, "", "/account/reset");
      return;
    }
    if (res.code === "offline") throw new Error(res.message);
    setProblem(
      res.message.startsWith("token:")
        ? "This link has expired or was already used. Ask for a new one from the sign-in form."
        : passwordRefusal(res.message),
    );
  });
  if (done) {
    return (
      <section aria-labelledby="reset-title">
        <h2 id="reset-title">Your new password is set</h2>
        <p role="status">
          You are signed out everywhere. Sign in with the new password on each device.
        </p>
        <button type="button" onClick={() => navigate("/account", true)}>
          Sign in
        </button>
      </section>
    );
  }
  if (!token) {
    return (
      <section aria-labelledby="reset-title">
        <h2 id="reset-title">Set a new password</h2>
        <p class="problem" role="alert">
          This link is not complete. Open the link from the email again, or ask for a new one.
        </p>
        <button type="button" onClick={() => navigate("/account", true)}>
          Back to signing in
        </button>
      </section>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    const local = newPasswordProblem(password, "");
    setProblem(local);
    if (!local) setting.run();
  };
  return (
    <form class="account-form" onSubmit={submit} noValidate aria-labelledby="reset-title">
      <h2 id="reset-title">Set a new password</h2>
      <label>
        New password
        <input
          type="password"
          autocomplete="new-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          aria-invalid={problem !== null}
          aria-describedby="reset-rules"
        />
      </label>
      <p id="reset-rules" class="hint">
        At least 10 characters, not your email, and not easy to guess: a few unrelated words work
        well. Setting it signs you out on every device.
      </p>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ProblemNotice problem={setting.problem.value} />
      <button type="submit" disabled={setting.busy.value}>
        {setting.busy.value ? "Please wait…" : "Set the new password"}
      </button>
    </form>
  );
}
