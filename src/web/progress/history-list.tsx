import { useState } from "preact/hooks";
import type { CheckinBody } from "../../core/progress/checkin.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { Button, ButtonLink } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { EmptyState } from "../ui/empty-state.tsx";
import { ListChecks, Trash } from "../ui/icons.ts";
import { checkinText, sessionText } from "./history-words.ts";
import { slotName, whenText } from "./labels.ts";
import type { ProgressData } from "./progress-data.ts";
import { SessionEditor } from "./session-editor.tsx";

const PAGE = 50;

type Entry =
  | { kind: "session"; at: string; rec: LocalRecord<SessionBody> }
  | { kind: "checkin"; at: string; rec: LocalRecord<CheckinBody> };

/** Delete, then "Delete this …? Yes, delete / Keep": a record goes only on a second, clear tap. */
function DeleteButton({
  records,
  id,
  what,
}: {
  records: Records;
  id: string;
  what: Entry["kind"];
}) {
  const [asking, setAsking] = useState(false);
  const deleting = useAction(t("progress.history.deleting", { what }), () => records.remove(id));
  return (
    <>
      {asking ? (
        <span class="history__confirm">
          <span>{t("progress.history.ask", { what })}</span>
          <Button
            variant="destructive"
            size="small"
            busy={deleting.busy.value}
            onClick={() => deleting.run()}
          >
            {t("progress.history.delete-yes")}
          </Button>
          <Button variant="quiet" size="small" onClick={() => setAsking(false)}>
            {t("progress.history.keep")}
          </Button>
        </span>
      ) : (
        <Button variant="quiet" size="small" icon={Trash} onClick={() => setAsking(true)}>
          {t("progress.history.delete", { what })}
        </Button>
      )}
      <ProblemNotice problem={deleting.problem.value} />
    </>
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
  if (entries.length === 0)
    return (
      <EmptyState
        icon={ListChecks}
        title={t("progress.history.empty")}
        action={<ButtonLink href="/progress/check-in">{t("progress.checkin.now")}</ButtonLink>}
      />
    );
  return (
    <Card as="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("progress.history.title")}</h2>
      <p class="muted">
        {t("progress.history.counts", {
          sessions: data.sessions.length,
          checkins: data.checkins.length,
        })}
      </p>
      <ol class="history">
        {entries.slice(0, shown).map((e) => (
          <li class="history__entry" key={e.rec.id} data-kind={e.kind} data-id={e.rec.id}>
            <h3>
              {e.kind === "session"
                ? t("progress.history.session-title", {
                    slot: slotName(e.rec.body.slot),
                    when: whenText(e.at),
                  })
                : t("progress.history.checkin-title", { when: whenText(e.at) })}
            </h3>
            {e.kind === "session" ? (
              <>
                <p class="history__text">{sessionText(e.rec.body)}</p>
                {editing === e.rec.id ? (
                  <SessionEditor records={records} rec={e.rec} done={() => setEditing(undefined)} />
                ) : (
                  <div class="history__actions">
                    <Button variant="secondary" size="small" onClick={() => setEditing(e.rec.id)}>
                      {t("progress.history.edit", { what: "session" })}
                    </Button>
                    <DeleteButton records={records} id={e.rec.id} what="session" />
                  </div>
                )}
              </>
            ) : (
              <>
                <p class="history__text">{checkinText(e.rec.body)}</p>
                <div class="history__actions">
                  <ButtonLink
                    variant="secondary"
                    size="small"
                    href={`/progress/check-in?edit=${e.rec.id}`}
                  >
                    {t("progress.history.edit", { what: "checkin" })}
                  </ButtonLink>
                  <DeleteButton records={records} id={e.rec.id} what="checkin" />
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {shown < entries.length ? (
        <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
          {t("progress.history.more", { count: Math.min(PAGE, entries.length - shown) })}
        </Button>
      ) : null}
    </Card>
  );
}
