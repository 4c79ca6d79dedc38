import { SLOTS } from "../../core/model/slots.ts";
import type { ProfileBody } from "../../core/setup/profile-body.ts";
import { GoalsStep } from "../common/goals-step.tsx";
import { MinutesInput, WeekdayField } from "../common/minutes-step.tsx";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { ToolsField } from "../common/tools-field.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";

/** Props of {@link ProfileEditor}. */
export interface ProfileEditorProps {
  readonly profile: ProfileBody;
  readonly weekday: number;
  readonly onProfile: (profile: ProfileBody) => Promise<void>;
  readonly onWeekday: (weekday: number) => Promise<void>;
}

/** Minutes, goals, tools (and fingers only) and the weekly day, saved as they change. */
export function ProfileEditor(props: ProfileEditorProps) {
  const { profile } = props;
  // Saved as they change: the newest value wins, and a failure says so with a retry.
  const saving = useAction(t("routines.profile.saving"), props.onProfile, { latest: true });
  const savingDay = useAction(t("routines.profile.saving-day"), props.onWeekday, { latest: true });
  return (
    <section aria-labelledby="profile-edit">
      <h2 id="profile-edit">{t("routines.profile.title")}</h2>
      {SLOTS.map((slot) => (
        <MinutesInput
          key={slot}
          slot={slot}
          value={profile.minutes[slot]}
          onChange={(n) => saving.run({ ...profile, minutes: { ...profile.minutes, [slot]: n } })}
        />
      ))}
      <WeekdayField value={props.weekday} onChange={(d) => savingDay.run(d)} />
      <GoalsStep
        draft={{ ...profile, weekday: props.weekday }}
        change={(patch) => saving.run({ ...profile, goals: patch.goals ?? profile.goals })}
      />
      <ToolsField
        legend={t("routines.profile.tools")}
        idPrefix="r-"
        tools={profile.tools}
        fingersOnly={profile.fingersOnly}
        onChange={(patch) => saving.run({ ...profile, ...patch })}
      />
      <ProblemNotice problem={saving.problem.value ?? savingDay.problem.value} />
    </section>
  );
}
