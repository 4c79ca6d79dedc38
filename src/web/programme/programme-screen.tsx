import { startProgramme } from "../../core/programme/programme-state.ts";
import { PROGRAMME_IDS, PROGRAMMES } from "../../core/programme/programmes.ts";
import { dailyMoment } from "../../core/reminders/time-of-day.ts";
import type { Records } from "../local/records.ts";
import { navigate } from "../router.ts";
import { deviceTimeZone } from "../today/today-state.ts";
import { useSessions } from "../today/use-sessions.ts";
import "../setup/daily.css";
import { CurrentProgramme } from "./current-programme.tsx";
import { ProgrammeChoice } from "./programme-choice.tsx";
import { completedDays, saveProgramme, useProgramme } from "./programme-store.ts";
import { useSaving } from "./use-saving.ts";

/** /programme: choose a multi-week programme, or pause, resume or leave the one under way. */
export function ProgrammeScreen() {
  const { records, state, loaded } = useProgramme();
  if (records === undefined || !loaded) return <p role="status">Loading the programmes…</p>;
  return <Programmes records={records} state={state} />;
}

function Programmes({
  records,
  state,
}: {
  readonly records: Records;
  readonly state: ReturnType<typeof useProgramme>["state"];
}) {
  const timeZone = deviceTimeZone();
  const today = dailyMoment(Date.now(), timeZone).day;
  const sessions = useSessions(records);
  const saving = useSaving();
  return (
    <section class="today programmes">
      <h1>Programmes</h1>
      <p>
        A programme sets how many minutes to practise each day, which days to rest, and when to add
        tools, following the doses that small studies used, so you can see whether facial massage
        does something for you. Your health answers still apply to every session.
      </p>
      {saving.error ? (
        <p class="error" role="alert">
          {saving.error}
        </p>
      ) : null}
      {state ? (
        <CurrentProgramme
          state={state}
          today={today}
          doneDays={completedDays(sessions, timeZone)}
          busy={saving.busy}
          onChange={(next) => void saving.run(() => saveProgramme(records, next))}
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
          busy={saving.busy}
          onStart={(start) =>
            void saving.run(async () => {
              await saveProgramme(records, startProgramme(id, start));
              navigate("/");
            })
          }
        />
      ))}
    </section>
  );
}
