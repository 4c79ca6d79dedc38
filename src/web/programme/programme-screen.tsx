import { type ProgrammeState, startProgramme } from "../../core/programme/programme-state.ts";
import { PROGRAMME_IDS, PROGRAMMES, type ProgrammeId } from "../../core/programme/programmes.ts";
import { dailyMoment } from "../../core/reminders/time-of-day.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useSessions } from "../common/use-sessions.ts";
import type { Records } from "../local/records.ts";
import { navigate } from "../router.ts";
import "../styles/daily.css";
import { CurrentProgramme } from "./current-programme.tsx";
import { ProgrammeChoice } from "./programme-choice.tsx";
import { completedDays, saveProgramme, useProgramme } from "./programme-store.ts";

/** /programme: choose a multi-week programme, or pause, resume or leave the one under way. */
export function ProgrammeScreen() {
  const view = useProgramme();
  if (view.value === undefined) {
    return <Waiting problem={view.problem}>Loading the programmes…</Waiting>;
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
  const changing = useAction("save the programme", (next: ProgrammeState | undefined) =>
    saveProgramme(records, next),
  );
  const starting = useAction("start the programme", async (id: ProgrammeId, start: LocalDate) => {
    await saveProgramme(records, startProgramme(id, start));
    navigate("/");
  });
  const busy = changing.busy.value || starting.busy.value;
  return (
    <section class="today programmes">
      <h1>Programmes</h1>
      <p>
        A programme sets how many minutes to practise each day, which days to rest, and when to add
        tools, following the doses that small studies used, so you can see whether facial massage
        does something for you. Your health answers still apply to every session.
      </p>
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
      <h2>{state ? "Start another instead" : "Choose a programme"}</h2>
      {state ? (
        <p id="replaces-hint" class="hint">
          Starting another replaces the one under way; your sessions and check-ins stay.
        </p>
      ) : null}
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
    </section>
  );
}
