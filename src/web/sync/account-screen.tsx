import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { currentPath } from "../router.ts";
import { Button } from "../ui/button.tsx";
import { Trash } from "../ui/icons.ts";
import { minPassword, newPasswordProblem, passwordRefusal, sentence } from "./account-words.ts";
import { LeftAccountNotice, leftAccount } from "./left-account.tsx";
import { PasswordChange } from "./password-change.tsx";
import { ForgotPassword, ResetPassword } from "./password-reset.tsx";
import { SessionsPanel } from "./sessions-panel.tsx";
import { useSync } from "./sync-context.ts";
import { SyncStatusLine } from "./sync-status-line.tsx";
import "./account.css";

/** What the form can tell before asking the server, which also rates how easy a password is to guess. */
function formProblem(mode: "login" | "register", email: string, password: string): string | null {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return "Enter your email address.";
  if (mode === "login") return password ? null : "Enter your password.";
  return newPasswordProblem(password, email);
}

function SignInForm() {
  const sync = useSync();
  const [mode, setMode] = useState<"login" | "register" | "forgot">("login");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const title = mode === "register" ? "Create an account" : "Sign in";
  // One submission at a time: a double tap on "Create an account" registers once.
  const sending = useAction(title.toLowerCase(), async () => {
    const err = await sync.signIn(
      mode === "register" ? "register" : "login",
      email.trim(),
      password,
    );
    if (err) setProblem(mode === "register" ? passwordRefusal(err) : sentence(err));
    else setPassword("");
  });
  if (mode === "forgot") return <ForgotPassword email={email} onBack={() => setMode("login")} />;
  const busy = sending.busy.value;
  const submit = (event: Event) => {
    event.preventDefault();
    const local = formProblem(mode, email, password);
    setProblem(local);
    if (!local) sending.run();
  };
  return (
    <form class="account-form" onSubmit={submit} noValidate aria-labelledby="account-form-title">
      <h2 id="account-form-title">{title}</h2>
      <p>
        An account keeps your routines, sessions and check-ins in step across your devices. Progress
        photos never leave this device. Nura works fully without one.
      </p>
      <label>
        Email
        <input
          type="email"
          autocomplete="email"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? "account-problem" : undefined}
          required
        />
      </label>
      <label>
        Password
        <input
          type="password"
          autocomplete={mode === "login" ? "current-password" : "new-password"}
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          aria-invalid={problem !== null}
          aria-describedby={mode === "register" ? "password-rules" : undefined}
          required
        />
      </label>
      {mode === "register" ? (
        <p id="password-rules" class="hint">
          At least {minPassword} characters, not your email, and not easy to guess: a few unrelated
          words work well.
        </p>
      ) : null}
      {problem ? (
        <p id="account-problem" class="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ProblemNotice problem={sending.problem.value} />
      <button type="submit" disabled={busy}>
        {busy ? "Please wait…" : title}
      </button>
      <button
        type="button"
        class="secondary"
        onClick={() => {
          setMode(mode === "login" ? "register" : "login");
          setProblem(null);
        }}
      >
        {mode === "login" ? "No account yet? Create one" : "Have an account? Sign in"}
      </button>
      {mode === "login" ? (
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setMode("forgot");
            setProblem(null);
          }}
        >
          Forgot your password?
        </button>
      ) : null}
    </form>
  );
}

function SignedIn({ email }: { email: string }) {
  const sync = useSync();
  // Bumped when the password changes, so the list of devices is read again.
  const [changed, setChanged] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [outProblem, setOutProblem] = useState<string | null>(null);
  const deleting = useAction("delete the account", async () => {
    const err = await sync.deleteAccount(password);
    setProblem(err ? sentence(err) : null);
    if (!err) leftAccount.value = "deleted";
  });
  const leaving = useAction("sign out", async () => {
    const err = await sync.signOut();
    setOutProblem(err ? sentence(err) : null);
    if (!err) leftAccount.value = "signed-out";
  });
  const remove = (event: Event) => {
    event.preventDefault();
    if (!password) setProblem("Enter your password to delete the account.");
    else deleting.run();
  };
  return (
    <section aria-labelledby="signed-in-title">
      <h2 id="signed-in-title">Signed in as {email}</h2>
      <SyncStatusLine />
      <button
        type="button"
        class="secondary"
        disabled={leaving.busy.value}
        onClick={() => leaving.run()}
      >
        Sign out
      </button>
      {outProblem ? (
        <p class="problem" role="alert">
          {outProblem}
        </p>
      ) : null}
      <ProblemNotice problem={leaving.problem.value} />
      <PasswordChange email={email} onChanged={() => setChanged((n) => n + 1)} />
      <SessionsPanel version={changed} />
      <h2>Delete account</h2>
      <p>
        This deletes the account and everything the server keeps for it. What is on this device
        stays here.
      </p>
      {confirming ? (
        <form class="account-form" onSubmit={remove} noValidate>
          <label>
            Password
            <input
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          {problem ? (
            <p class="problem" role="alert">
              {problem}
            </p>
          ) : null}
          <ProblemNotice problem={deleting.problem.value} />
          <div class="cluster">
            <Button type="submit" variant="destructive" icon={Trash} busy={deleting.busy.value}>
              Delete my account
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="destructive" icon={Trash} onClick={() => setConfirming(true)}>
          Delete account…
        </Button>
      )}
    </section>
  );
}

/**
 * `/account`: sign up, sign in (or ask for a reset link), sync status, the password and signed-in
 * devices, sign out, delete the account; `/account/reset` sets a new password from a mailed link.
 */
export function AccountScreen() {
  const a = useSync().account.value;
  const resetting = currentPath.value === "/account/reset";
  return (
    <section class="account">
      <h1>Account and sync</h1>
      {resetting ? (
        <ResetPassword />
      ) : a === undefined ? (
        <p>Checking…</p>
      ) : a ? (
        <SignedIn email={a.email} />
      ) : (
        <>
          <LeftAccountNotice />
          <SignInForm />
        </>
      )}
    </section>
  );
}
