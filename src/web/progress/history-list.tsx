import { useState } from "preact/hooks";
import type { CheckinBody } from "../../core/progress/checkin.ts";
import { levelWords, MEASURES } from "../../core/progress/checkin.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { count, durationWords } from "../common/words.ts";
import { t } from "../i18n/language.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { mediumName, slotName, toolName, whenText, zoneName } from "./labels.ts";
import type { ProgressData } from "./progress-data.ts";
import { SessionEditor } from "./session-editor.tsx";

const PAGE = 50;

type Entry =
  | { kind: "session"; at: string; rec: LocalRecord<SessionBody> }
  | { kind: "checkin"; at: string; rec: LocalRecord<CheckinBody> };

function DeleteButton({ records, id, what }: { records: Records; id: string; what: string }) {
  const [asking, setAsking] = useState(false);
  const deleting = useAction(`delete this ${what}`, () => records.remove(id));
  return (
    <>
      {asking ? (
        <span>
          Delete this {what}?{" "}
          <button type="button" disabled={deleting.busy.value} onClick={() => deleting.run()}>
            Yes, delete
          </button>{" "}
          <button type="button" class="secondary" onClick={() => setAsking(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" class="secondary" onClick={() => setAsking(true)}>
          Delete {what}
        </button>
      )}
      <ProblemNotice problem={deleting.problem.value} />
    </>
  );
}

function CheckinText({ body }: { body: CheckinBody }) {
  const rated = MEASURES.filter((m) => body.ratings[m] !== undefined).map(
    (m) => `${t(`checkin.measure.${m}.name`)}: ${levelWords(m, body.ratings[m] ?? 1, t)}`,
  );
  const reactions = body.reactions.map(
    (r) => `${t(`checkin.reaction.${r.kind}.name`)} (${zoneName(r.zone)})`,
  );
  return (
    <p>
      {rated.length > 0 ? rated.join(", ") : "No ratings"}
      {reactions.length > 0 ? `. Reactions: ${reactions.join(", ")}` : ""}
      {body.note ? `. Note: ${body.note}` : ""}
    </p>
  );
}

/** Every session and check-in, newest first, each editable and deletable. */
export function HistoryList({ data, records }: { data: ProgressData; records: Records }) {
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string>();
  const entries: Entry[] = [
    ...data.sessions.map((rec): Entry => ({ kind: "session", at: rec.body.startedAt, rec })),
    ...data.checkins.map((rec): Entry => ({ kind: "checkin", at: rec.body.at, rec })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  if (entries.length === 0) return <p>Nothing recorded yet.</p>;
  return (
    <section aria-labelledby="history-heading" class="progress-card">
      <h2 id="history-heading">History</h2>
      <p class="muted">
        {count(data.sessions.length, "session")} and {count(data.checkins.length, "checkin")}.
      </p>
      <ol class="history">
        {entries.slice(0, shown).map((e) => (
          <li key={e.rec.id} data-kind={e.kind} data-id={e.rec.id}>
            <h3>
              {e.kind === "session" ? `${slotName(e.rec.body.slot)} session` : "Check-in"} ·{" "}
              {whenText(e.at)}
            </h3>
            {e.kind === "session" ? (
              <>
                <p>
                  {durationWords(e.rec.body.secondsDone)}
                  {e.rec.body.completed ? "" : " (ended early)"} · {toolName(e.rec.body.tool)} ·{" "}
                  {mediumName(e.rec.body.medium)} · {e.rec.body.zones.map(zoneName).join(", ")}
                </p>
                {editing === e.rec.id ? (
                  <SessionEditor records={records} rec={e.rec} done={() => setEditing(undefined)} />
                ) : (
                  <button type="button" class="secondary" onClick={() => setEditing(e.rec.id)}>
                    Edit session
                  </button>
                )}{" "}
                <DeleteButton records={records} id={e.rec.id} what="session" />
              </>
            ) : (
              <>
                <CheckinText body={e.rec.body} />
                <a class="button secondary" href={`/progress/check-in?edit=${e.rec.id}`}>
                  Edit check-in
                </a>{" "}
                <DeleteButton records={records} id={e.rec.id} what="check-in" />
              </>
            )}
          </li>
        ))}
      </ol>
      {shown < entries.length ? (
        <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, entries.length - shown)} more
        </button>
      ) : null}
    </section>
  );
}
