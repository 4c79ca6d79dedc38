import type { ComponentChildren, TextareaHTMLAttributes } from "preact";
import { useId } from "preact/hooks";
import { describedBy, InlineError } from "./inline-error.tsx";
import "./field-hint.css";
import "./text-field.css";

/** Props of {@link TextArea}. */
export interface TextAreaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "label" | "class" | "role"> {
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: ComponentChildren;
}

/** A labelled text area for a few lines (a note), wired like {@link TextField}. */
export function TextArea(props: TextAreaProps) {
  const { label, hint, error, id, ...area } = props;
  const made = useId();
  const areaId = id ?? made;
  const hintId = hint ? `${areaId}-hint` : null;
  const errorId = `${areaId}-error`;
  const invalid = error !== undefined && error !== null && error !== "";
  return (
    <div class="text-field">
      <label for={areaId} class="text-field__label">
        {label}
      </label>
      {hintId ? (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        {...area}
        id={areaId}
        class="text-field__input text-field__input--area"
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={describedBy(hintId, invalid && errorId)}
      />
      <InlineError id={errorId}>{error}</InlineError>
    </div>
  );
}
