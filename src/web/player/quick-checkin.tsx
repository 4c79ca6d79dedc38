import { useRef, useState } from "preact/hooks";
import {
  type CheckinBody,
  levelOf,
  levelWords,
  SCORES,
  type Score,
} from "../../core/progress/checkin.ts";
import { validateCheckin } from "../../core/progress/checkin-validate.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { newRecordId } from "../local/device-clock.ts";
import type { Records } from "../local/records.ts";
import { Card } from "../ui/card.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Radio } from "../ui/choice-row.tsx";

/**
 * A check-in in one tap: how the face feels now (the tension a massage works on), saved as a
 * `checkin` record tied to the session the moment it is chosen. Its id is made when the view
 * opens, so a double tap or a change of mind rewrites the one record; the full form adds the rest.
 * The answers run like every scale in Nura, worse to better (very tight … relaxed): the person
 * picks a score and the record stores its level (`levelOf`), as the full form does.
 */
export function QuickCheckin(props: { records: Records; sessionId: string }) {
  const { records, sessionId } = props;
  const [id] = useState(newRecordId);
  const at = useRef<string | null>(null);
  const [chosen, setChosen] = useState<Score | null>(null);
  const [saved, setSaved] = useState(false);
  const saving = useAction(
    t("progress.quick-checkin.saving"),
    async (score: Score) => {
      at.current ??= new Date().toISOString();
      const checked = validateCheckin(
        {
          at: at.current,
          timeZone: deviceTimeZone(),
          sessionId,
          ratings: { tension: levelOf("tension", score) },
          reactions: [],
          note: "",
        } satisfies CheckinBody,
        "check-in",
      );
      if (!checked.ok) throw new Error(checked.error.message);
      await records.put("checkin", checked.value, id);
      setSaved(true);
    },
    { latest: true },
  );
  return (
    <Card as="section" class="quick-checkin" aria-labelledby="quick-checkin-title">
      <h2 id="quick-checkin-title">{t("progress.quick-checkin.title")}</h2>
      <ChoiceGroup
        legend={t("progress.quick-checkin.question")}
        hint={t("progress.quick-checkin.hint")}
        class="quick-checkin__choices"
      >
        {SCORES.map((score) => (
          <Radio
            key={score}
            name="quick-checkin"
            look="tile"
            label={levelWords("tension", score, t)}
            checked={chosen === score}
            onChange={() => {
              setChosen(score);
              saving.run(score);
            }}
          />
        ))}
      </ChoiceGroup>
      <ProblemNotice problem={saving.problem.value} />
      <p class="quick-checkin__more" role="status">
        {saved && !saving.busy.value ? `${t("progress.quick-checkin.saved")} ` : ""}
        <a
          href={saved ? `/progress/check-in?edit=${id}` : `/progress/check-in?session=${sessionId}`}
        >
          {t(saved ? "progress.quick-checkin.add-more" : "progress.quick-checkin.rate-more")}
        </a>
      </p>
    </Card>
  );
}
