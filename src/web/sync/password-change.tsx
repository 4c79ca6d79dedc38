import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { accountApi } from "./account-api.ts";
import { newPasswordProblem, passwordRefusal, sentence } from "./account-words.ts";

/** Change the password: the current one, then the new one; every other device is signed out. */
export function PasswordChange(props: { readonly email: string; readonly onChanged: () => void }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const saving = useAction("change the password", async () => {
    const res = await accountApi().changePassword(current, next);
    if (!res.ok) {
      if (res.code === "offline") throw new Error(res.message);
      setProblem(
        res.code === "forbidden"
          ? "The current password is not right."
          : passwordRefusal(res.message),
      );
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
    const local = current ? newPasswordProblem(next, props.email) : "Enter your current password.";
    setProblem(local);
    if (!local) saving.run();
  };
  return (
    <form class="account-form" onSubmit={submit} noValidate aria-labelledby="change-title">
      <h2 id="change-title">Change the password</h2>
      <label>
        Current password
        <input
          type="password"
          autocomplete="current-password"
          value={current}
          onInput={(e) => setCurrent(e.currentTarget.value)}
          aria-invalid={problem !== null && !current}
        />
      </label>
      <label>
        New password
        <input
          type="password"
          autocomplete="new-password"
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
          aria-invalid={problem !== null && current !== ""}
          aria-describedby="change-rules"
        />
      </label>
      <p id="change-rules" class="hint">
        At least 10 characters, not your email, and not easy to guess: a few unrelated words work
        well. Every other device you are signed in on is signed out.
      </p>
      {problem ? (
        <p class="problem" role="alert">
          {sentence(problem)}
        </p>
      ) : null}
      {done ? (
        <p class="done" role="status">
          Your password is changed, and every other device is signed out.
        </p>
      ) : null}
      <ProblemNotice problem={saving.problem.value} />
      <button type="submit" disabled={saving.busy.value}>
        {saving.busy.value ? "Please wait…" : "Change the password"}
      </button>
    </form>
  );
}
