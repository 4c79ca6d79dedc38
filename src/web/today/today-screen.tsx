import { useEffect } from "preact/hooks";
import type { Slot } from "../../core/model/slots.ts";
import { programmeSlot } from "../../core/programme/programme-session.ts";
import { programmeStatus } from "../../core/programme/programme-state.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { NoticeList } from "../common/notice-list.tsx";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { doneSlots } from "../common/session-days.ts";
import { useSessions } from "../common/use-sessions.ts";
import { dayWords } from "../common/words.ts";
import { t } from "../i18n/language.ts";
import { type SetupState, useSetup } from "../local/use-setup.ts";
import { ProgrammeBanner } from "../programme/programme-banner.tsx";
import { completedDays, useProgramme } from "../programme/programme-store.ts";
import { navigate } from "../router.ts";
import { rememberStart } from "../shell/start-cookie.ts";
import { Button } from "../ui/button.tsx";
import { CalendarDays, CircleCheck } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import { SessionInProgress } from "./session-in-progress.tsx";
import { SlotSwitch } from "./slot-switch.tsx";
import { TodayRoutine } from "./today-routine.tsx";
import { useMoment } from "./use-moment.ts";
import "./today.css";

/** Today: the routine for the person's local time, opened at `/`; sends a new person to /welcome. */
export function TodayScreen() {
  const { value: state, problem } = useSetup();
  const onboarded = state?.setup.onboarded;
  useEffect(() => {
    if (onboarded === undefined) return;
    // The next cold load of `/` fetches this screen's files with the app's own (start-cookie.ts).
    rememberStart(onboarded ? "today" : "welcome");
    if (!onboarded) navigate("/welcome", true);
  }, [onboarded]);
  if (state === undefined || !onboarded)
    return <Waiting problem={problem}>{t("today.loading")}</Waiting>;
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
  return (
    <div class="page page--wide today">
      <header class="page-header">
        <p class="today-date">{dayWords(moment.day, "weekday")}</p>
        <h1>{t("today.title")}</h1>
      </header>
      <NoticeList notices={setup.notices} />
      <ProblemNotice problem={sessions.problem} />
      <ProblemNotice problem={programmeView.problem} />
      {/* A session left open comes before the plan: resume or end it, or keep or discard it. */}
      <SessionInProgress records={records} />
      <SlotSwitch slots={slots} current={slot} done={done} onChange={setSlot} />
      {weeklyToday && slot !== "weekly" ? (
        <Notice tone="info" icon={CalendarDays} class="weekly-hint">
          <p>{t("today.weekly-hint")}</p>
          <div>
            <Button variant="secondary" size="small" onClick={() => setSlot("weekly")}>
              {t("today.open-weekly")}
            </Button>
          </div>
        </Notice>
      ) : null}
      {done.has(slot) ? (
        <Notice tone="success" role="status" icon={CircleCheck}>
          <p>{t("today.done")}</p>
        </Notice>
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
      <ProgrammeBanner
        state={programme}
        today={moment.day}
        doneDays={completedDays(sessions.value ?? [], timeZone)}
      />
    </div>
  );
}
