import type { ComponentChildren, PartialInputHTMLAttributes } from "preact";
import { useId } from "preact/hooks";
import { describedBy, InlineError } from "./inline-error.tsx";
import "./field-hint.css";
import "./text-field.css";

/** Props of {@link TextField}: a native input's, plus its words. */
export interface TextFieldProps
  extends Omit<PartialInputHTMLAttributes<HTMLInputElement>, "label" | "class" | "role" | "type"> {
  /** A kind of text, a date or a time: other inputs have their own components. */
  readonly type?: "text" | "email" | "password" | "search" | "tel" | "url" | "date" | "time";
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  /** What is wrong with the value; marks the field invalid and is read with it. */
  readonly error?: ComponentChildren;
}

/**
 * A labelled text input, 48px tall, with its hint and error wired by `aria-describedby` and
 * `aria-invalid`: the pattern every form field follows (see {@link InlineError}).
 */
export function TextField(props: TextFieldProps) {
  const { label, hint, error, id, type = "text", ...input } = props;
  const made = useId();
  const inputId = id ?? made;
  const hintId = hint ? `${inputId}-hint` : null;
  const errorId = `${inputId}-error`;
  const invalid = error !== undefined && error !== null && error !== "";
  return (
    <div class="text-field">
      <label for={inputId} class="text-field__label">
        {label}
      </label>
      {hintId ? (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        id={inputId}
        // Preact types each input type with its own roles; a union of text kinds fits none alone.
        type={type as "text"}
        class="text-field__input"
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={describedBy(hintId, invalid && errorId)}
      />
      <InlineError id={errorId}>{error}</InlineError>
    </div>
  );
}
