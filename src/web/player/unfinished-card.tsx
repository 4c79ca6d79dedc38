import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import type { Records } from "../local/records.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Play } from "../ui/icons.ts";
import { durationWords } from "./step-words.ts";
import type { Unfinished } from "./unfinished-session.ts";
import { chooseUnfinished, discardUnfinished, keepUnfinished } from "./unfinished-store.ts";
import "./unfinished-card.css";

/** Props of {@link UnfinishedCard}. */
export interface UnfinishedCardProps {
  readonly records: Records;
  readonly unfinished: Unfinished;
  /** Called once it is kept, ended or discarded. */
  readonly onResolved: () => void;
  /** Opens it in the player (only while it is not stale); called once the player will open it. */
  readonly onResume: () => void;
  /** Shown beside a new plan's start: says what starting the new one does to this one. */
  readonly beforeNew?: boolean;
}

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * A session started and not finished. While it is recent: "Session in progress", to resume or
 * end (which keeps what was done). Untouched for more than 30 minutes it is never resumed: keep
 * the minutes done, or discard them.
 */
export function UnfinishedCard(props: UnfinishedCardProps) {
  const { records, unfinished: u } = props;
  const done = durationWords(Math.round(u.doneMs / 1000));
  const total = durationWords(Math.round(u.totalMs / 1000));
  const title = u.active.meta.title;
  const keeping = useAction("keep the minutes of that session", async () => {
    await keepUnfinished(records, u);
    props.onResolved();
  });
  const discarding = useAction("discard that session", async () => {
    await discardUnfinished(records, u);
    props.onResolved();
  });
  const resuming = useAction("open that session", async () => {
    await chooseUnfinished(records);
    props.onResume();
  });
  const busy = keeping.busy.value || discarding.busy.value || resuming.busy.value;
  return (
    <Card as="section" tone="tinted" class="unfinished-card" aria-labelledby="unfinished-title">
      <h2 id="unfinished-title">{u.stale ? "Unfinished session" : "Session in progress"}</h2>
      <p>
        {u.stale
          ? `${title}: it stopped at ${done} of ${total}, last open ${whenFormat.format(u.touchedAtWall)}. Keep those minutes in your history, or discard them?`
          : `${title}: ${done} of ${total} done. Resume it, or end it and keep that time in your history.`}
        {props.beforeNew
          ? u.stale
            ? " Starting the session below keeps them."
            : ` Starting the session below ends it and keeps its ${done}.`
          : ""}
      </p>
      <div class="unfinished-card__actions">
        {u.stale ? null : (
          <Button icon={Play} busy={resuming.busy.value} onClick={() => resuming.run()}>
            Resume
          </Button>
        )}
        <Button
          variant={u.stale ? "primary" : "secondary"}
          busy={keeping.busy.value}
          disabled={busy && !keeping.busy.value}
          onClick={() => keeping.run()}
        >
          {u.stale ? `Keep ${done}` : "End it"}
        </Button>
        {u.stale ? (
          <Button
            variant="quiet"
            busy={discarding.busy.value}
            disabled={busy && !discarding.busy.value}
            onClick={() => discarding.run()}
          >
            Discard
          </Button>
        ) : null}
      </div>
      <ProblemNotice problem={keeping.problem.value} />
      <ProblemNotice problem={discarding.problem.value} />
      <ProblemNotice problem={resuming.problem.value} />
    </Card>
  );
}
