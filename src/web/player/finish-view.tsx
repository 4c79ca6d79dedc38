import { formatList } from "../../core/i18n/format-number.ts";
import type { ZoneId } from "../../core/model/zones.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { FaceMap } from "../face-art/face-map.tsx";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { ButtonLink } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Check } from "../ui/icons.ts";
import { FinishProgress } from "./finish-progress.tsx";
import { NextRoutineStep } from "./next-routine-step.tsx";
import type { PlayerEngine } from "./player-engine.ts";
import { QuickCheckin } from "./quick-checkin.tsx";
import { durationWords } from "./step-words.ts";
import "./finish-view.css";

/**
 * After the session (its own chunk, loaded while the session runs): what was done on the face,
 * whether it is saved (with a retry when the device refused it), the habit figures moving, the
 * next step of the routine, a one-tap check-in, and the way back.
 */
export function FinishView(props: { engine: PlayerEngine; records: Records }) {
  const { engine, records } = props;
  const finished = engine.finished.value;
  if (!finished) return null;
  const { body } = finished;
  const zones = body.zones as ZoneId[];
  const names = zones.map((z) => t(`zone.${z}.name`));
  const routine = body.slot === "practice" ? null : body.slot;
  const zoneList = formatList(t.locale, names);
  const completed = body.completed ? "yes" : "no";
  return (
    <section class="finish" aria-labelledby="finish-title">
      <header class="finish__head">
        <h1 id="finish-title">{t("session.finish.title", { completed })}</h1>
        <p>
          {t("session.finish.summary", {
            completed,
            done: durationWords(body.secondsDone),
            total: durationWords(body.plan.totalSeconds),
          })}
        </p>
        {engine.saveProblem.value ? (
          <ProblemNotice problem={engine.saveProblem.value} />
        ) : (
          <p role="status" class="finish__saved">
            {engine.recordedId.value ? t("session.finish.saved") : t("session.finish.saving")}
          </p>
        )}
      </header>
      <div class="finish__grid">
        <Card as="section" class="finish__face" aria-labelledby="finish-face-title">
          <h2 id="finish-face-title">{t("session.finish.face-title")}</h2>
          <FaceMap lit={zones} label={t("session.finish.zones", { zones: zoneList })} />
          <p>{zoneList}.</p>
        </Card>
        {routine ? <NextRoutineStep records={records} slot={routine} /> : null}
        {routine ? <FinishProgress records={records} finished={finished} /> : null}
        <QuickCheckin records={records} sessionId={finished.id} />
      </div>
      <div class="finish__actions">
        <ButtonLink href={routine ? "/" : "/learn"} size="large" icon={Check}>
          {routine ? t("session.finish.done") : t("session.finish.back-to-learn")}
        </ButtonLink>
      </div>
    </section>
  );
}
