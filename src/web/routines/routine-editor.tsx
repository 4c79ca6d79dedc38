import { useRef, useState } from "preact/hooks";
import type { Slot } from "../../core/model/slots.ts";
import {
  ACTIVE_KINDS,
  isActive,
  PRODUCT_KINDS,
  type ProductKind,
} from "../../core/routine/product-kinds.ts";
import { routineBodyWarnings } from "../../core/setup/plan-for-slot.ts";
import type { RoutineBody, RoutineStepEntry } from "../../core/setup/routine-body.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useTapGuard } from "../common/tap-guard.ts";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { addStep, moveStep, removeStep, type StepEdit } from "./edit-steps.ts";

/** Props of {@link RoutineEditor}. */
export interface RoutineEditorProps {
  readonly routine: RoutineBody;
  readonly minutes: number;
  readonly onSave: (steps: readonly RoutineStepEntry[]) => Promise<void>;
}

const title = (s: RoutineStepEntry, minutes: number): string =>
  s.kind === "massage"
    ? `Face massage, ${minutes} min`
    : `${t(`routine.kind.${s.kind}.name`)}${s.name ? `: ${s.name}` : ""}`;

/** One routine's steps: move, remove and add, each checked by the composer's order rules. */
export function RoutineEditor(props: RoutineEditorProps) {
  const { routine } = props;
  const slot: Slot = routine.slot;
  const [message, setMessage] = useState<{ text: string; refused: boolean }>();
  const [kind, setKind] = useState<ProductKind>("serum");
  const [name, setName] = useState("");
  const steps = routine.steps;
  // Each edit is made from the steps on screen. Once one is saved, those steps are out of date
  // until the saved routine comes back, so a tap before then changes nothing, and one change
  // runs at a time. The screen can come back before a double tap ends, so the second half of a
  // double tap is dropped too: it would remove or move the step that took the first one's place.
  const editedFrom = useRef<readonly RoutineStepEntry[] | null>(null);
  const taps = useTapGuard();
  const saving = useAction(
    `save the ${t(`slot.${slot}.name`).toLowerCase()} routine`,
    async (next: readonly RoutineStepEntry[], done: string, after?: () => void) => {
      await props.onSave(next);
      editedFrom.current = steps;
      setMessage({ text: done, refused: false });
      after?.();
    },
  );
  const apply = (control: string, edit: StepEdit, done: string, after?: () => void): void => {
    if (editedFrom.current === steps || !taps.accept(control)) return;
    if (!edit.ok) setMessage({ text: `Not possible: ${edit.reason}`, refused: true });
    else saving.run(edit.steps, edit.note ?? done, after);
  };
  return (
    <section class="routine-editor" aria-labelledby={`edit-${slot}`}>
      <h2 id={`edit-${slot}`}>{t(`slot.${slot}.name`)}</h2>
      <ol>
        {steps.map((s, i) => {
          const label = title(s, props.minutes);
          return (
            <li key={`${s.kind}-${i}`}>
              <span class="step-name">{label}</span>
              <button
                type="button"
                aria-label={`Move ${label} up`}
                disabled={i === 0}
                onClick={() => apply(`up-${i}`, moveStep(steps, slot, i, -1), `Moved ${label} up.`)}
              >
                Up
              </button>
              <button
                type="button"
                aria-label={`Move ${label} down`}
                disabled={i === steps.length - 1}
                onClick={() =>
                  apply(`down-${i}`, moveStep(steps, slot, i, 1), `Moved ${label} down.`)
                }
              >
                Down
              </button>
              {s.kind === "massage" ? null : (
                <button
                  type="button"
                  aria-label={`Remove ${label}`}
                  onClick={() =>
                    apply(`remove-${i}`, removeStep(steps, slot, i), `Removed ${label}.`)
                  }
                >
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <div class="field-row">
        <label for={`add-kind-${slot}`}>Add a product</label>
        <select
          id={`add-kind-${slot}`}
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ProductKind)}
        >
          <optgroup label="Products">
            {PRODUCT_KINDS.filter((k) => !isActive(k)).map((k) => (
              <option key={k} value={k}>
                {t(`routine.kind.${k}.name`)}
              </option>
            ))}
          </optgroup>
          <optgroup label="Actives, after the massage">
            {ACTIVE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`routine.kind.${k}.name`)}
              </option>
            ))}
          </optgroup>
        </select>
        <input
          type="text"
          maxLength={80}
          aria-label="Its name (optional)"
          placeholder="Its name (optional)"
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          onClick={() => {
            const trimmed = name.trim();
            apply(
              "add",
              addStep(steps, slot, trimmed ? { kind, name: trimmed } : { kind }),
              `Added ${t(`routine.kind.${kind}.name`)}.`,
              () => setName(""),
            );
          }}
        >
          Add to {t(`slot.${slot}.name`).toLowerCase()}
        </button>
      </div>
      {routineBodyWarnings(routine, t).map((w) => (
        <p key={w.code} class="hint" data-warning={w.code}>
          {w.message}
        </p>
      ))}
      {message ? (
        <p class={message.refused ? "error" : "hint"} role={message.refused ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      <ProblemNotice problem={saving.problem.value} />
    </section>
  );
}
