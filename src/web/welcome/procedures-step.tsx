import { useState } from "preact/hooks";
import {
  CLEARABLE_PROCEDURES,
  PROCEDURE_KINDS,
  type Procedure,
  type ProcedureKind,
} from "../../core/safety/profile.ts";
import { type LocalDate, parseLocalDate } from "../../core/time/local-date.ts";
import type { StepProps } from "../common/profile-draft.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox, Radio } from "../ui/choice-row.tsx";
import { Plus } from "../ui/icons.ts";
import { InlineError } from "../ui/inline-error.tsx";
import { SelectField } from "../ui/select-field.tsx";
import { PastDateField, pastDateProblem } from "./past-date-field.tsx";
import { TreatmentList } from "./treatment-list.tsx";

/** A procedure kind in the words a person knows it by, in the page's language. */
export const procedureName = (kind: ProcedureKind): string => t(`welcome.procedure.${kind}`);

const clearable = (kind: ProcedureKind): boolean =>
  (CLEARABLE_PROCEDURES as readonly string[]).includes(kind);

/**
 * Dated in-office procedures, each with a "cleared" box where the clinician's word ends the
 * pause. Like the injections, "None" is an answer and nothing is chosen until it is.
 */
export function ProceduresStep({
  draft,
  change,
  today,
}: StepProps & { readonly today: LocalDate }) {
  const [adding, setAdding] = useState<boolean | null>(null);
  const [kind, setKind] = useState<ProcedureKind>("peel-superficial");
  const [date, setDate] = useState("");
  const [error, setError] = useState<string>();
  const add = (): void => {
    const parsed = parseLocalDate(date);
    const wrong = pastDateProblem(parsed, today, "procedure");
    setError(wrong);
    if (wrong !== undefined || parsed === undefined) return;
    change({ procedures: [...draft.procedures, { kind, date: parsed }] });
    setDate("");
    setAdding(null);
  };
  const replace = (index: number, next?: Procedure): void =>
    change({
      procedures: draft.procedures.flatMap((p, j) => (j !== index ? [p] : next ? [next] : [])),
    });
  return (
    <div class="stack stack--loose">
      <ChoiceGroup legend={t("welcome.procedures.legend")} hint={t("welcome.procedures.hint")}>
        <TreatmentList
          items={draft.procedures.map((p, index) => ({
            key: `${p.kind}-${p.date}-${index}`,
            what: procedureName(p.kind),
            date: p.date,
            extra: clearable(p.kind) ? (
              <Checkbox
                label={t("welcome.procedures.cleared")}
                checked={p.cleared === true}
                onChange={(e) =>
                  replace(
                    index,
                    (e.currentTarget as HTMLInputElement).checked
                      ? { kind: p.kind, date: p.date, cleared: true }
                      : { kind: p.kind, date: p.date },
                  )
                }
              />
            ) : undefined,
          }))}
          onRemove={(index) => replace(index)}
        />
        <Radio
          name="proc-any"
          look="tile"
          label={draft.procedures.length > 0 ? t("welcome.no-more") : t("welcome.none")}
          checked={adding === false}
          onChange={() => setAdding(false)}
        />
        <Radio
          name="proc-any"
          look="tile"
          label={t("welcome.procedures.yes")}
          checked={adding === true}
          onChange={() => setAdding(true)}
        />
      </ChoiceGroup>
      {adding ? (
        <div class="stack treatment-form">
          <SelectField
            id="proc-kind"
            label={t("welcome.procedures.kind")}
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ProcedureKind)}
          >
            {PROCEDURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {procedureName(k)}
              </option>
            ))}
          </SelectField>
          <PastDateField
            id="proc-date"
            label={t("welcome.procedures.date")}
            today={today}
            value={date}
            onChange={setDate}
          />
          <div role="alert">
            <InlineError id="proc-error">{error}</InlineError>
          </div>
          <div>
            <Button variant="secondary" icon={Plus} onClick={add}>
              {t("welcome.procedures.add")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
