import { useEffect } from "preact/hooks";
import type { Slot } from "../../core/model/slots.ts";
import { programmeSlot } from "../../core/programme/programme-session.ts";
import { programmeStatus } from "../../core/programme/programme-state.ts";
import { routineMedium } from "../../core/setup/plan-for-slot.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { NoticeList } from "../common/notice-list.tsx";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { doneSlots } from "../common/session-days.ts";
import { useSessions } from "../common/use-sessions.ts";
import { t } from "../i18n/language.ts";
import { type SetupState, useSetup } from "../local/use-setup.ts";
import { ProgrammeBanner } from "../programme/programme-banner.tsx";
import { completedDays, useProgramme } from "../programme/programme-store.ts";
import { navigate } from "../router.ts";
import { SlotSwitch } from "./slot-switch.tsx";
import { TodayRoutine } from "./today-routine.tsx";
import { useMoment } from "./use-moment.ts";
import "../styles/daily.css";

/** Today: the routine for the person's local time, opened at `/`; sends a new person to /welcome. */
export function TodayScreen() {
  const { value: state, problem } = useSetup();
  const onboarded = state?.setup.onboarded;
  useEffect(() => {
    if (onboarded === false) navigate("/welcome", true);
  }, [onboarded]);
  if (state === undefined || !onboarded)
    return <Waiting problem={problem}>Loading your routine…</Waiting>;
  return <TodayView state={state} />;
}

function TodayView({ state }: { readonly state: SetupState }) {
  const { setup, records } = state;
  const timeZone = deviceTimeZone();
  const { moment, slot, pick: setSlot } = useMoment(timeZone);
  const weeklyToday = moment.weekday === (setup.routines.weekly.weekday ?? 0);
  const sessions = useSessions(records);
  const done = doneSlots(sessions.value ?? [], moment.day, timeZone);
  const programmeView = useProgramme();
  const programme = programmeView.value?.state;
  const status = programme === undefined ? undefined : programmeStatus(programme, moment.day);
  const programmed =
    status?.status === "active"
      ? programmeSlot(status.day, slot, done, setup.profile.tools, t)
      : undefined;
  const slots: readonly Slot[] = weeklyToday ? ["am", "pm", "weekly"] : ["am", "pm"];
  const dateText = new Date(`${moment.day}T12:00:00Z`).toLocaleDateString(undefined, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
  return (
    <section class="today">
      <h1>Today</h1>
      <p class="today-date">{dateText}</p>
      <NoticeList notices={setup.notices} />
      <ProblemNotice problem={sessions.problem} />
      <ProblemNotice problem={programmeView.problem} />
      <ProgrammeBanner
        state={programme}
        today={moment.day}
        doneDays={completedDays(sessions.value ?? [], timeZone)}
      />
      {weeklyToday && slot !== "weekly" ? (
        <p class="weekly-hint">
          Today is your weekly day: the weekly routine adds a mask, a longer massage and a neck and
          shoulder release.{" "}
          <button type="button" class="link" onClick={() => setSlot("weekly")}>
            Open the weekly routine
          </button>
        </p>
      ) : null}
      <div class="slot-bar">
        <SlotSwitch slots={slots} current={slot} done={done} onChange={setSlot} />
      </div>
      {done.has(slot) ? (
        <p class="done-banner" role="status">
          Done: you finished this routine's massage today.
        </p>
      ) : null}
      {routineMedium(setup.routines[slot]) === undefined ? (
        <p class="warning">
          Nothing in this routine gives your fingers glide. Put on a serum, a facial oil or a
          moisturizer before the massage: never massage dry skin.
        </p>
      ) : null}
      <TodayRoutine
        key={slot}
        records={records}
        setup={setup}
        slot={slot}
        day={moment.day}
        done={done.has(slot)}
        programme={programmed}
      />
    </section>
  );
}
