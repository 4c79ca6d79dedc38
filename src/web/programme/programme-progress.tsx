import { programmeAdherence, programmeStatus } from "../../core/programme/programme-state.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import type { ProgressData } from "../progress/progress-data.ts";
import { adherenceText, statusHeadline } from "./programme-status-text.ts";
import { completedDays, useProgramme } from "./programme-store.ts";

/** Progress's view of the programme: consistency counted against the programme's own days. */
export function ProgrammeProgress({ data }: { readonly data: ProgressData }) {
  const view = useProgramme();
  const state = view.value?.state;
  if (state === undefined) return <ProblemNotice problem={view.problem} />;
  const status = programmeStatus(state, data.today);
  const done = completedDays(
    data.sessions.map((s) => s.body),
    data.timeZone,
  );
  return (
    <section aria-labelledby="programme-progress" class="progress-card">
      <h2 id="programme-progress">
        {t(`programme.${state.id}.name`)}: {statusHeadline(status)}
      </h2>
      <p>{adherenceText(programmeAdherence(state, done, data.today))}</p>
      <p>
        <a href="/programme">{t("programmes.progress.change")}</a>
      </p>
    </section>
  );
}
