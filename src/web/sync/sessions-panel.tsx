import { useState } from "preact/hooks";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { accountApi } from "./account-api.ts";
import { deviceName } from "./device-name.ts";

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The devices signed in to the account, and signing out all but this one. */
export function SessionsPanel(props: { readonly version: number }) {
  const [reload, setReload] = useState(0);
  const [ended, setEnded] = useState<number | null>(null);
  const list = useLoad("read where you are signed in", async () => {
    const res = await accountApi().sessions();
    if (!res.ok) throw new Error(res.message);
    return res.data.sessions;
  }, [reload, props.version]);
  const ending = useAction("sign out the other devices", async () => {
    const res = await accountApi().endOtherSessions();
    if (!res.ok) throw new Error(res.message);
    setEnded(res.data.ended);
    setReload((n) => n + 1);
  });
  const sessions = list.value;
  const others = sessions?.filter((s) => !s.current).length ?? 0;
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you are signed in</h2>
      {sessions === undefined ? (
        <Waiting problem={list.problem}>Reading where you are signed in…</Waiting>
      ) : (
        <ul class="sessions">
          {sessions.map((s) => (
            <li key={s.id}>
              <strong>{deviceName(s.userAgent)}</strong>
              {s.current ? " (this device)" : null}
              <br />
              <span class="hint">
                Signed in {when(s.createdAt)}, last used {when(s.lastSeenAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ended !== null ? (
        <p class="done" role="status">
          {ended === 1 ? "Signed out on 1 other device." : `Signed out on ${ended} other devices.`}
        </p>
      ) : null}
      <ProblemNotice problem={ending.problem.value} />
      <button
        type="button"
        class="secondary"
        disabled={ending.busy.value || others === 0}
        onClick={() => ending.run()}
      >
        Sign out everywhere else
      </button>
    </section>
  );
}
