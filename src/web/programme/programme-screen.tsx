import { type ProgrammeState, startProgramme } from "../../core/programme/programme-state.ts";
import { PROGRAMME_IDS, PROGRAMMES, type ProgrammeId } from "../../core/programme/programmes.ts";
import { dailyMoment } from "../../core/reminders/time-of-day.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useSessions } from "../common/use-sessions.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { navigate } from "../router.ts";
import { CurrentProgramme } from "./current-programme.tsx";
import { ProgrammeChoice } from "./programme-choice.tsx";
import { completedDays, saveProgramme, useProgramme } from "./programme-store.ts";
import "./programme.css";

/** /programme: choose a multi-week programme, or pause, resume or leave the one under way. */
export function ProgrammeScreen() {
  const view = useProgramme();
  if (view.value === undefined) {
    return <Waiting problem={view.problem}>{t("programmes.loading")}</Waiting>;
  }
  return <Programmes records={view.value.records} state={view.value.state} />;
}

function Programmes({
  records,
  state,
}: {
  readonly records: Records;
  readonly state: ProgrammeState | undefined;
}) {
  const timeZone = deviceTimeZone();
  const today = dailyMoment(Date.now(), timeZone).day;
  const sessions = useSessions(records);
  // One change at a time: a double tap saves once, and a failure says so with a retry.
  const changing = useAction(t("programmes.saving"), (next: ProgrammeState | undefined) =>
    saveProgramme(records, next),
  );
  const starting = useAction(
    t("programmes.starting"),
    async (id: ProgrammeId, start: LocalDate) => {
      await saveProgramme(records, startProgramme(id, start));
      navigate("/");
    },
  );
  const busy = changing.busy.value || starting.busy.value;
  return (
    <div class="page page--wide programmes">
      <header class="page-header">
        <h1>{t("programmes.title")}</h1>
        <p class="page-subtitle">{t("programmes.intro")}</p>
      </header>
      <ProblemNotice problem={sessions.problem} />
      <ProblemNotice problem={changing.problem.value} />
      <ProblemNotice problem={starting.problem.value} />
      {state ? (
        <CurrentProgramme
          state={state}
          today={today}
          doneDays={completedDays(sessions.value ?? [], timeZone)}
          busy={busy}
          onChange={(next) => changing.run(next)}
        />
      ) : null}
      <section class="stack" aria-labelledby="choose-title">
        <h2 id="choose-title" class="section-title">
          {state ? t("programmes.choose.another") : t("programmes.choose")}
        </h2>
        {state ? (
          <p id="replaces-hint" class="muted">
            {t("programmes.choose.replaces")}
          </p>
        ) : null}
        <div class="programme-list">
          {PROGRAMME_IDS.map((id) => (
            <ProgrammeChoice
              key={id}
              programme={PROGRAMMES[id]}
              today={today}
              replacing={state !== undefined}
              busy={busy}
              onStart={(start) => starting.run(id, start)}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
