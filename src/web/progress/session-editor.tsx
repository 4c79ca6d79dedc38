import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { Button } from "../ui/button.tsx";
import { SelectField } from "../ui/select-field.tsx";
import { Stepper } from "../ui/stepper.tsx";
import { slotName } from "./labels.ts";

const SLOTS = ["am", "pm", "weekly", "practice"] as const;

/** The most minutes a corrected session may hold: longer than any planned session. */
const MAX_MINUTES = 120;

/**
 * Corrects a session's slot and minutes (a session logged as morning that was an evening one).
 * The record keeps its id; the sync merge lets the later edit win. The stepper holds the
 * minutes inside 0–120, so there is no wrong number to refuse.
 */
export function SessionEditor({
  records,
  rec,
  done,
}: {
  records: Records;
  rec: LocalRecord<SessionBody>;
  done: () => void;
}) {
  const [slot, setSlot] = useState(rec.body.slot);
  const [minutes, setMinutes] = useState(
    Math.min(MAX_MINUTES, Math.round(rec.body.secondsDone / 60)),
  );
  const saving = useAction(t("progress.session.saving"), async () => {
    // Same id, so check-ins linked to this session stay linked; a later edit wins in sync.
    await records.put("session", { ...rec.body, slot, secondsDone: minutes * 60 }, rec.id);
    done();
  });
  const save = (event: Event) => {
    event.preventDefault();
    saving.run();
  };
  return (
    <form onSubmit={save} class="session-editor" aria-label={t("progress.session.edit")} noValidate>
      <SelectField
        label={t("progress.session.slot")}
        value={slot}
        onChange={(e) => setSlot(e.currentTarget.value as SessionBody["slot"])}
      >
        {SLOTS.map((s) => (
          <option key={s} value={s}>
            {slotName(s)}
          </option>
        ))}
      </SelectField>
      <Stepper
        label={t("progress.session.minutes")}
        value={minutes}
        min={0}
        max={MAX_MINUTES}
        onChange={setMinutes}
      />
      <div class="history__actions">
        <Button type="submit" size="small" busy={saving.busy.value}>
          {t("progress.session.save")}
        </Button>
        <Button variant="quiet" size="small" onClick={done}>
          {t("progress.cancel")}
        </Button>
      </div>
      <ProblemNotice problem={saving.problem.value} />
    </form>
  );
}
