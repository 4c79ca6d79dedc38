import type { ComponentChildren, PartialSelectHTMLAttributes } from "preact";
import { FieldFrame, type FieldWords, useFieldWiring } from "./field-frame.tsx";
import { Icon } from "./icon.tsx";
import { ChevronDown } from "./icons.ts";
import "./select-field.css";

/** Props of {@link SelectField}: a native select's, plus its words. */
export interface SelectFieldProps
  extends Omit<PartialSelectHTMLAttributes<HTMLSelectElement>, "label" | "class" | "role" | "id">,
    FieldWords {
  /** The options (and optgroups). */
  readonly children: ComponentChildren;
}

/**
 * A labelled native select drawn like a text field with a chevron: the phone's own picker opens
 * on a tap, and keyboards and screen readers get the platform's control.
 */
export function SelectField(props: SelectFieldProps) {
  const { label, hideLabel, hint, error, id, children, ...select } = props;
  const wiring = useFieldWiring(id, { label, hint, error });
  return (
    <FieldFrame
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      error={error}
      wiring={wiring}
      class="select-field"
    >
      <div class="select-field__box">
        <select
          {...select}
          {...wiring.aria}
          id={wiring.id}
          class="text-field__input select-field__input"
        >
          {children}
        </select>
        <Icon icon={ChevronDown} size={20} class="select-field__chevron" />
      </div>
    </FieldFrame>
  );
}
