import { useEffect, useState } from "preact/hooks";
import { formatNumber } from "../../core/i18n/format-number.ts";
import { practiceDay } from "../../core/time/session-day.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { routineConsistency } from "../common/routine-consistency.ts";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { readSettings } from "../local/settings.ts";
import { Card } from "../ui/card.tsx";
import { ProgressBar } from "../ui/progress-bar.tsx";
import type { FinishedSession } from "./unsaved-sessions.ts";

const dayWords = (n: number) => t("session.habit.days", { n });

/** "up from 4 days", "as before" */
const change = (from: number, to: number, say: (n: number) => string) =>
  t("session.habit.move", {
    move: to > from ? "up" : to < from ? "down" : "same",
    from: say(from),
  });

/** Shows `from` first and `to` a moment later, so a bar's transition shows the move. */
function useMoved(from: number, to: number): number {
  const [shown, setShown] = useState(from);
  useEffect(() => {
    setShown(from);
    const timer = setTimeout(() => setShown(to), 400);
    return () => clearTimeout(timer);
  }, [from, to]);
  return shown;
}

/**
 * The streak (unless the person hides streaks) and the habit score, before this session and
 * with it, the habit bar moving to its new value. Only for routine sessions: a practice from
 * Learn counts toward neither.
 */
export function FinishProgress(props: { records: Records; finished: FinishedSession }) {
  const { records, finished } = props;
  const loaded = useLoad(t("session.habit.loading"), async () => {
    const [sessions, settings] = await Promise.all([
      records.list<SessionBody>("session"),
      readSettings(records),
    ]);
    return {
      others: sessions.filter((s) => s.id !== finished.id).map((s) => s.body),
      hideStreaks: settings.progress?.hideStreaks === true,
    };
  }, [records, finished.id]);
  const timeZone = deviceTimeZone();
  const today = practiceDay(Date.now(), timeZone);
  const value = loaded.value;
  const before = value ? routineConsistency(value.others, timeZone, today) : undefined;
  const after = value
    ? routineConsistency([...value.others, finished.body], timeZone, today)
    : undefined;
  const habit = useMoved(before?.habitScore ?? 0, after?.habitScore ?? 0);
  if (!value || !before || !after) return <ProblemNotice problem={loaded.problem} />;
  const streak = after.streak.current;
  return (
    <Card as="section" class="finish-progress" aria-labelledby="finish-progress-title">
      <h2 id="finish-progress-title">{t("session.habit.title")}</h2>
      <dl class="finish-figures">
        {value.hideStreaks ? null : (
          <div data-figure="streak">
            <dt>{t("session.habit.streak")}</dt>
            <dd>
              <strong
                class="finish-figures__value"
                data-moved={streak > before.streak.current ? "" : undefined}
              >
                {dayWords(streak)}
              </strong>{" "}
              <span class="finish-figures__change">
                {change(before.streak.current, streak, dayWords)}
              </span>
            </dd>
          </div>
        )}
        <div data-figure="habit">
          <dt>{t("session.habit.score")}</dt>
          <dd>
            <strong class="finish-figures__value">
              {t("session.habit.score-value", { score: after.habitScore })}
            </strong>{" "}
            <span class="finish-figures__change">
              {change(before.habitScore, after.habitScore, (n) => formatNumber(t.locale, n))}
            </span>
            <ProgressBar value={habit} max={100} label={t("session.habit.score")} hideLabel />
          </dd>
        </div>
      </dl>
    </Card>
  );
}
