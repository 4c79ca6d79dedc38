import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { slotName } from "./labels.ts";

const SLOTS = ["am", "pm", "weekly", "practice"] as const;

/**
 * Corrects a session's slot and minutes (a session logged as morning that was an evening one).
 * The record keeps its id; the sync merge lets the later edit win.
 */
export function SessionEditor({
  records,
  rec,
  done,
}: {
  records: Records;
  rec: LocalRecord<SessionBody>;
  done: () => void;
}) {
  const [slot, setSlot] = useState(rec.body.slot);
  const [minutes, setMinutes] = useState(String(Math.round(rec.body.secondsDone / 60)));
  const [error, setError] = useState("");
  const saving = useAction("save the session", async (n: number) => {
    // Same id, so check-ins linked to this session stay linked; a later edit wins in sync.
    await records.put("session", { ...rec.body, slot, secondsDone: n * 60 }, rec.id);
    done();
  });
  const save = (event: Event) => {
    event.preventDefault();
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 0 || n > 120)
      return setError("Minutes must be a whole number from 0 to 120.");
    setError("");
    saving.run(n);
  };
  return (
    <form onSubmit={save} class="inline-form" aria-label="Edit session" noValidate>
      <label>
        Slot{" "}
        <select
          value={slot}
          onChange={(e) => setSlot(e.currentTarget.value as SessionBody["slot"])}
        >
          {SLOTS.map((s) => (
            <option key={s} value={s}>
              {slotName(s)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        Minutes{" "}
        <input
          type="number"
          min={0}
          max={120}
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
      </label>{" "}
      <button type="submit" disabled={saving.busy.value}>
        Save
      </button>{" "}
      <button type="button" class="secondary" onClick={done}>
        Cancel
      </button>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <ProblemNotice problem={saving.problem.value} />
    </form>
  );
}
