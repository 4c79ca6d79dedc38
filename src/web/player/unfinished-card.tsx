import { FORMAT_TAGS } from "../../core/i18n/locales.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
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

/** When it was last open, in the page's language and this device's time zone. */
const whenWords = (ms: number) =>
  new Intl.DateTimeFormat(FORMAT_TAGS[t.locale], {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(ms);

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
  const keeping = useAction(t("common.unfinished.keeping"), async () => {
    await keepUnfinished(records, u);
    props.onResolved();
  });
  const discarding = useAction(t("common.unfinished.discarding"), async () => {
    await discardUnfinished(records, u);
    props.onResolved();
  });
  const resuming = useAction(t("common.unfinished.opening"), async () => {
    await chooseUnfinished(records);
    props.onResume();
  });
  const stale = u.stale ? "yes" : "no";
  const busy = keeping.busy.value || discarding.busy.value || resuming.busy.value;
  return (
    <Card as="section" tone="tinted" class="unfinished-card" aria-labelledby="unfinished-title">
      <h2 id="unfinished-title">{t("common.unfinished.title", { stale })}</h2>
      <p>
        {u.stale
          ? t("common.unfinished.stale", { title, done, total, when: whenWords(u.touchedAtWall) })
          : t("common.unfinished.fresh", { title, done, total })}
        {props.beforeNew ? ` ${t("common.unfinished.before-new", { stale, done })}` : ""}
      </p>
      <div class="unfinished-card__actions">
        {u.stale ? null : (
          <Button icon={Play} busy={resuming.busy.value} onClick={() => resuming.run()}>
            {t("common.unfinished.resume")}
          </Button>
        )}
        <Button
          variant={u.stale ? "primary" : "secondary"}
          busy={keeping.busy.value}
          disabled={busy && !keeping.busy.value}
          onClick={() => keeping.run()}
        >
          {u.stale ? t("common.unfinished.keep", { done }) : t("common.unfinished.end")}
        </Button>
        {u.stale ? (
          <Button
            variant="quiet"
            busy={discarding.busy.value}
            disabled={busy && !discarding.busy.value}
            onClick={() => discarding.run()}
          >
            {t("common.unfinished.discard")}
          </Button>
        ) : null}
      </div>
      <ProblemNotice problem={keeping.problem.value} />
      <ProblemNotice problem={discarding.problem.value} />
      <ProblemNotice problem={resuming.problem.value} />
    </Card>
  );
}
