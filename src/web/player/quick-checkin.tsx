import { useRef, useState } from "preact/hooks";
import { type CheckinBody, type Level, levelWords } from "../../core/progress/checkin.ts";
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

const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

/**
 * A check-in in one tap: how the face feels now (the tension a massage works on), saved as a
 * `checkin` record tied to the session the moment it is chosen. Its id is made when the view
 * opens, so a double tap or a change of mind rewrites the one record; the full form adds the rest.
 */
export function QuickCheckin(props: { records: Records; sessionId: string }) {
  const { records, sessionId } = props;
  const [id] = useState(newRecordId);
  const at = useRef<string | null>(null);
  const [chosen, setChosen] = useState<Level | null>(null);
  const [saved, setSaved] = useState(false);
  const saving = useAction(
    t("session.checkin.saving"),
    async (level: Level) => {
      at.current ??= new Date().toISOString();
      const checked = validateCheckin(
        {
          at: at.current,
          timeZone: deviceTimeZone(),
          sessionId,
          ratings: { tension: level },
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
      <h2 id="quick-checkin-title">{t("session.checkin.title")}</h2>
      <ChoiceGroup
        legend={t("session.checkin.legend")}
        hint={t("session.checkin.hint")}
        class="quick-checkin__choices"
      >
        {LEVELS.map((level) => (
          <Radio
            key={level}
            name="quick-checkin"
            look="tile"
            label={levelWords("tension", level, t)}
            checked={chosen === level}
            onChange={() => {
              setChosen(level);
              saving.run(level);
            }}
          />
        ))}
      </ChoiceGroup>
      <ProblemNotice problem={saving.problem.value} />
      <p class="quick-checkin__more" role="status">
        {saved && !saving.busy.value ? `${t("session.checkin.saved")} ` : ""}
        <a
          href={saved ? `/progress/check-in?edit=${id}` : `/progress/check-in?session=${sessionId}`}
        >
          {saved ? t("session.checkin.edit") : t("session.checkin.more")}
        </a>
      </p>
    </Card>
  );
}
