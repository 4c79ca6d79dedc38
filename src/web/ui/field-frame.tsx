import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { describedBy, InlineError } from "./inline-error.tsx";
import "./field-hint.css";
import "./text-field.css";
import "./visually-hidden.css";

/** The words around a form control: what every field component takes besides its control's own. */
export interface FieldWords {
  /** The control's id, when a page must know it; a fresh one otherwise. */
  readonly id?: string;
  readonly label: ComponentChildren;
  /** Keep the label for screen readers only, when the row beside the control already says it. */
  readonly hideLabel?: boolean;
  readonly hint?: ComponentChildren;
  /** What is wrong with the value; marks the control invalid and is read with it. */
  readonly error?: ComponentChildren;
}

/** The ids that tie a control to its label, hint and error, and the attributes that say so. */
export interface FieldWiring {
  readonly id: string;
  readonly hintId: string | null;
  readonly errorId: string;
  readonly aria: {
    readonly "aria-invalid": "true" | undefined;
    readonly "aria-describedby": string | undefined;
  };
}

/** Wires a control to its hint and error (`id` when given, else a fresh one). */
export function useFieldWiring(id: string | undefined, words: FieldWords): FieldWiring {
  const made = useId();
  const fieldId = id ?? made;
  const hintId = words.hint ? `${fieldId}-hint` : null;
  const errorId = `${fieldId}-error`;
  const { error } = words;
  const invalid = error !== undefined && error !== null && error !== "";
  return {
    id: fieldId,
    hintId,
    errorId,
    aria: {
      "aria-invalid": invalid ? "true" : undefined,
      "aria-describedby": describedBy(hintId, invalid && errorId),
    },
  };
}

/** The label above, the hint under it, the control, and the error below: one layout for every field. */
export function FieldFrame(
  props: FieldWords & {
    readonly wiring: FieldWiring;
    readonly class?: string;
    readonly children: ComponentChildren;
  },
) {
  const { wiring } = props;
  return (
    <div class={props.class ? `text-field ${props.class}` : "text-field"}>
      <label for={wiring.id} class={props.hideLabel ? "visually-hidden" : "text-field__label"}>
        {props.label}
      </label>
      {wiring.hintId ? (
        <p id={wiring.hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.children}
      <InlineError id={wiring.errorId}>{props.error}</InlineError>
    </div>
  );
}
