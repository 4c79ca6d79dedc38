import { useState } from "preact/hooks";
import {
  CLEARABLE_PROCEDURES,
  PROCEDURE_KINDS,
  type Procedure,
  type ProcedureKind,
} from "../../core/safety/profile.ts";
import { type LocalDate, parseLocalDate } from "../../core/time/local-date.ts";
import type { StepProps } from "../common/profile-draft.ts";
import { PastDateField, pastDateProblem } from "./past-date-field.tsx";

/** Procedure kinds in the words a person knows them by. */
export const PROCEDURE_NAMES: Readonly<Record<ProcedureKind, string>> = {
  "peel-superficial": "Light chemical peel",
  "peel-medium": "Medium chemical peel",
  "peel-deep": "Deep chemical peel",
  "laser-ablative": "Ablative laser resurfacing (CO2, erbium)",
  "laser-nonablative": "Non-ablative or fractional laser",
  ipl: "IPL (intense pulsed light)",
  microneedling: "Microneedling",
  surgery: "Facelift, neck lift or brow lift",
  blepharoplasty: "Eyelid surgery (blepharoplasty)",
  "thread-lift": "Thread lift",
};

const clearable = (kind: ProcedureKind): boolean =>
  (CLEARABLE_PROCEDURES as readonly string[]).includes(kind);

/** Dated in-office procedures, each with a "cleared" box where the clinician's word ends the pause. */
export function ProceduresStep({
  draft,
  change,
  today,
}: StepProps & { readonly today: LocalDate }) {
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
  };
  const replace = (index: number, next?: Procedure): void =>
    change({
      procedures: draft.procedures.flatMap((p, j) => (j !== index ? [p] : next ? [next] : [])),
    });
  return (
    <fieldset>
      <legend>Peels, lasers, needling or surgery on the face?</legend>
      <p class="hint">
        Nura pauses the massage, or keeps it gentle, for as long as healing skin needs: the whole
        face counts as treated. Whoever treated you has the last word.
      </p>
      {draft.procedures.length > 0 ? (
        <ul class="injectables">
          {draft.procedures.map((p, index) => (
            <li key={`${p.kind}-${p.date}-${index}`}>
              {PROCEDURE_NAMES[p.kind]}, {p.date}{" "}
              {clearable(p.kind) ? (
                <label>
                  <input
                    type="checkbox"
                    checked={p.cleared === true}
                    onChange={(e) =>
                      replace(
                        index,
                        (e.currentTarget as HTMLInputElement).checked
                          ? { kind: p.kind, date: p.date, cleared: true }
                          : { kind: p.kind, date: p.date },
                      )
                    }
                  />{" "}
                  My clinician has cleared massage
                </label>
              ) : null}{" "}
              <button
                type="button"
                class="link"
                aria-label={`Remove ${PROCEDURE_NAMES[p.kind]}, ${p.date}`}
                onClick={() => replace(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="field">
        <label for="proc-kind">Procedure</label>
        <select
          id="proc-kind"
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ProcedureKind)}
        >
          {PROCEDURE_KINDS.map((k) => (
            <option key={k} value={k}>
              {PROCEDURE_NAMES[k]}
            </option>
          ))}
        </select>
      </div>
      <PastDateField
        id="proc-date"
        label="Date of the procedure"
        today={today}
        value={date}
        onChange={setDate}
      />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={add}>
        Add this procedure
      </button>
    </fieldset>
  );
}
