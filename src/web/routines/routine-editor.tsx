import { useState } from "preact/hooks";
import { SLOT_NAMES, type Slot } from "../../core/model/slots.ts";
import {
  ACTIVE_KINDS,
  isActive,
  PRODUCT_KINDS,
  type ProductKind,
  STEP_KIND_NAMES,
} from "../../core/routine/product-kinds.ts";
import { routineBodyWarnings } from "../../core/setup/plan-for-slot.ts";
import type { RoutineBody, RoutineStepEntry } from "../../core/setup/routine-body.ts";
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
    : `${STEP_KIND_NAMES[s.kind]}${s.name ? `: ${s.name}` : ""}`;

/** One routine's steps: move, remove and add, each checked by the composer's order rules. */
export function RoutineEditor(props: RoutineEditorProps) {
  const { routine } = props;
  const slot: Slot = routine.slot;
  const [message, setMessage] = useState<{ text: string; refused: boolean }>();
  const [kind, setKind] = useState<ProductKind>("serum");
  const [name, setName] = useState("");
  const apply = async (edit: StepEdit, done: string): Promise<void> => {
    if (!edit.ok) {
      setMessage({ text: `Not possible: ${edit.reason}`, refused: true });
      return;
    }
    await props.onSave(edit.steps);
    setMessage({ text: edit.note ?? done, refused: false });
  };
  const steps = routine.steps;
  return (
    <section class="routine-editor" aria-labelledby={`edit-${slot}`}>
      <h2 id={`edit-${slot}`}>{SLOT_NAMES[slot]}</h2>
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
                onClick={() => void apply(moveStep(steps, slot, i, -1), `Moved ${label} up.`)}
              >
                Up
              </button>
              <button
                type="button"
                aria-label={`Move ${label} down`}
                disabled={i === steps.length - 1}
                onClick={() => void apply(moveStep(steps, slot, i, 1), `Moved ${label} down.`)}
              >
                Down
              </button>
              {s.kind === "massage" ? null : (
                <button
                  type="button"
                  aria-label={`Remove ${label}`}
                  onClick={() => void apply(removeStep(steps, slot, i), `Removed ${label}.`)}
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
                {STEP_KIND_NAMES[k]}
              </option>
            ))}
          </optgroup>
          <optgroup label="Actives, after the massage">
            {ACTIVE_KINDS.map((k) => (
              <option key={k} value={k}>
                {STEP_KIND_NAMES[k]}
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
            void apply(
              addStep(steps, slot, trimmed ? { kind, name: trimmed } : { kind }),
              `Added ${STEP_KIND_NAMES[kind]}.`,
            ).then(() => setName(""));
          }}
        >
          Add to {SLOT_NAMES[slot].toLowerCase()}
        </button>
      </div>
      {routineBodyWarnings(routine).map((w) => (
        <p key={w.code} class="hint" data-warning={w.code}>
          {w.message}
        </p>
      ))}
      {message ? (
        <p class={message.refused ? "error" : "hint"} role={message.refused ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
