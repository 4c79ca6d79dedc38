import { SLOTS } from "../../core/model/slots.ts";
import { DEFAULT_WEEKDAY } from "../../core/setup/routine-body.ts";
import { NoticeList } from "../common/notice-list.tsx";
import { Waiting } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import { saveProfile, saveRoutine } from "../local/setup-store.ts";
import { useSetup } from "../local/use-setup.ts";
import { ProfileEditor } from "./profile-editor.tsx";
import { RoutineEditor } from "./routine-editor.tsx";

/** /routines: edit the three routines' steps, the minutes, goals, tools and the weekly day. */
export function RoutinesScreen() {
  const { value: state, problem } = useSetup();
  if (state === undefined) return <Waiting problem={problem}>{t("routines.loading")}</Waiting>;
  const { setup, records } = state;
  return (
    <div class="page routines">
      <header class="page-header">
        <h1>{t("routines.title")}</h1>
        <p class="page-subtitle">{t("routines.intro")}</p>
      </header>
      <NoticeList notices={setup.notices} />
      {SLOTS.map((slot) => (
        <RoutineEditor
          key={slot}
          routine={setup.routines[slot]}
          minutes={setup.profile.minutes[slot]}
          onSave={(steps) => saveRoutine(records, { ...setup.routines[slot], steps })}
        />
      ))}
      <ProfileEditor
        profile={setup.profile}
        weekday={setup.routines.weekly.weekday ?? DEFAULT_WEEKDAY}
        onProfile={(profile) => saveProfile(records, profile)}
        onWeekday={(weekday) => saveRoutine(records, { ...setup.routines.weekly, weekday })}
      />
    </div>
  );
}
