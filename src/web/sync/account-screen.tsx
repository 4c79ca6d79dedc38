import { useState } from "preact/hooks";
import { account, deleteAccount, signIn, signOut, startSync } from "./sync-controller.ts";
import { SyncStatusLine } from "./sync-status-line.tsx";
import "./account.css";

const minPassword = 10;

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
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const local = formProblem(mode, email, password);
    setProblem(local);
    if (local) return;
    setBusy(true);
    const err = await signIn(mode, email.trim(), password);
    setBusy(false);
    if (err) setProblem(err.charAt(0).toUpperCase() + err.slice(1));
    else setPassword("");
  };
  const title = mode === "login" ? "Sign in" : "Create an account";
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
  const remove = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setProblem("Enter your password to delete the account.");
      return;
    }
    const err = await deleteAccount(password);
    setProblem(err ? err.charAt(0).toUpperCase() + err.slice(1) : null);
  };
  return (
    <section aria-labelledby="signed-in-title">
      <h2 id="signed-in-title">Signed in as {email}</h2>
      <SyncStatusLine />
      <button type="button" class="secondary" onClick={() => void signOut()}>
        Sign out
      </button>
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
          <button type="submit">Delete my account</button>
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
  void startSync();
  const a = account.value;
  return (
    <section class="account">
      <h1>Account and sync</h1>
      {a === undefined ? <p>Checking…</p> : a ? <SignedIn email={a.email} /> : <SignInForm />}
    </section>
  );
}
