import type { ComponentChildren, PartialInputHTMLAttributes } from "preact";
import { useId } from "preact/hooks";
import { Icon } from "./icon.tsx";
import { Check } from "./icons.ts";
import "./overlay-input.css";
import "./choice-row.css";

/** Props shared by {@link Radio} and {@link Checkbox}. */
export interface ChoiceRowProps
  extends Omit<PartialInputHTMLAttributes<HTMLInputElement>, "type" | "label" | "class" | "role"> {
  readonly label: ComponentChildren;
  /** A second line under the label; read as the control's description, not its name. */
  readonly description?: ComponentChildren;
  /** row: a line in a list; tile: a bordered card that fills when chosen (onboarding answers). */
  readonly look?: "row" | "tile";
  readonly class?: string;
}

/**
 * A radio or checkbox drawn our way over a real one: the native input covers the whole row,
 * invisible, so a tap anywhere chooses, focus and arrow keys work, and screen readers hear a
 * native control named by the label and described by the description.
 */
export function ChoiceRow(props: ChoiceRowProps & { readonly type: "radio" | "checkbox" }) {
  const { label, description, look = "row", class: className, type, id, ...input } = props;
  const made = useId();
  const inputId = id ?? made;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const classes = ["choice", `choice--${type}`, `choice--${look}`, className].filter(Boolean);
  return (
    <div class={classes.join(" ")}>
      <input
        {...input}
        id={inputId}
        type={type}
        class="overlay-input choice__input"
        aria-describedby={descriptionId}
      />
      <span class="choice__mark" aria-hidden="true">
        {type === "checkbox" ? <Icon icon={Check} size={18} /> : null}
      </span>
      <span class="choice__text">
        <label for={inputId} class="choice__label">
          {label}
        </label>
        {description ? (
          <span id={descriptionId} class="choice__description">
            {description}
          </span>
        ) : null}
      </span>
    </div>
  );
}

/** A radio button with its label; group several in a {@link ChoiceGroup}, sharing a `name`. */
export function Radio(props: ChoiceRowProps) {
  return <ChoiceRow {...props} type="radio" />;
}

/** A checkbox with its label. */
export function Checkbox(props: ChoiceRowProps) {
  return <ChoiceRow {...props} type="checkbox" />;
}
