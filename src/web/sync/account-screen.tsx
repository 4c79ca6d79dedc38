import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { account, deleteAccount, signIn, signOut } from "./sync-controller.ts";
import { SyncStatusLine } from "./sync-status-line.tsx";
import "./account.css";

const minPassword = 10;

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the form can tell before asking the server; the server checks the common-password list. */
function formProblem(mode: "login" | "register", email: string, password: string): string | null {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return "Enter your email address.";
  if (mode === "login") return password ? null : "Enter your password.";
  if ([...password].length < minPassword)
    return `Choose a password of at least ${minPassword} characters.`;
  const e = email.trim().toLowerCase();
  const p = password.toLowerCase();
  if (p === e || p === e.split("@")[0]) return "Your password must not be your email.";
  return null;
}

function SignInForm() {
  const [mode, setMode] = useState<"login" | "register">("login");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const title = mode === "login" ? "Sign in" : "Create an account";
  // One submission at a time: a double tap on "Create an account" registers once.
  const sending = useAction(title.toLowerCase(), async () => {
    const err = await signIn(mode, email.trim(), password);
    if (err) setProblem(sentence(err));
    else setPassword("");
  });
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
          At least {minPassword} characters, not your email, and not one of the most common
          passwords.
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
    </form>
  );
}

function SignedIn({ email }: { email: string }) {
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [outProblem, setOutProblem] = useState<string | null>(null);
  const deleting = useAction("delete the account", async () => {
    const err = await deleteAccount(password);
    setProblem(err ? sentence(err) : null);
  });
  const leaving = useAction("sign out", async () => {
    const err = await signOut();
    setOutProblem(err ? sentence(err) : null);
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
          <button type="submit" disabled={deleting.busy.value}>
            Delete my account
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </form>
      ) : (
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          Delete account…
        </button>
      )}
    </section>
  );
}

/** `/account`: sign up, sign in, sync status, sign out, delete the account. */
export function AccountScreen() {
  const a = account.value;
  return (
    <section class="account">
      <h1>Account and sync</h1>
      {a === undefined ? <p>Checking…</p> : a ? <SignedIn email={a.email} /> : <SignInForm />}
    </section>
  );
}
