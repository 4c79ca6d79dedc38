import type { ComponentChildren, PartialSelectHTMLAttributes } from "preact";
import { useId } from "preact/hooks";
import { Icon } from "./icon.tsx";
import { ChevronDown } from "./icons.ts";
import { describedBy, InlineError } from "./inline-error.tsx";
import "./field-hint.css";
import "./text-field.css";
import "./select-field.css";

/** Props of {@link SelectField}: a native select's, plus its words. */
export interface SelectFieldProps
  extends Omit<PartialSelectHTMLAttributes<HTMLSelectElement>, "label" | "class" | "role"> {
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: ComponentChildren;
  /** The options (and optgroups). */
  readonly children: ComponentChildren;
}

/**
 * A labelled native select drawn like a text field with a chevron: the phone's own picker opens
 * on a tap, and keyboards and screen readers get the platform's control.
 */
export function SelectField(props: SelectFieldProps) {
  const { label, hint, error, id, children, ...select } = props;
  const made = useId();
  const selectId = id ?? made;
  const hintId = hint ? `${selectId}-hint` : null;
  const errorId = `${selectId}-error`;
  const invalid = error !== undefined && error !== null && error !== "";
  return (
    <div class="text-field select-field">
      <label for={selectId} class="text-field__label">
        {label}
      </label>
      {hintId ? (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      ) : null}
      <div class="select-field__box">
        <select
          {...select}
          id={selectId}
          class="text-field__input select-field__input"
          aria-invalid={invalid ? "true" : undefined}
          aria-describedby={describedBy(hintId, invalid && errorId)}
        >
          {children}
        </select>
        <Icon icon={ChevronDown} size={20} class="select-field__chevron" />
      </div>
      <InlineError id={errorId}>{error}</InlineError>
    </div>
  );
}
