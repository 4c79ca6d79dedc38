import type { IconNode } from "lucide";
import type { ComponentChildren, PartialInputHTMLAttributes } from "preact";
import { type ButtonVariant, buttonClass } from "./button.tsx";
import { Icon } from "./icon.tsx";
import { Upload } from "./icons.ts";
import "./file-field.css";

/** Props of {@link FileField}. */
export interface FileFieldProps
  extends Omit<
    PartialInputHTMLAttributes<HTMLInputElement>,
    "type" | "label" | "class" | "icon" | "role"
  > {
  /** The words on the button; also the input's name. */
  readonly label: ComponentChildren;
  readonly icon?: IconNode;
  readonly variant?: ButtonVariant;
}

/**
 * Choosing a file, drawn as a button: the native file input sits inside its label, hidden but
 * focusable, so a tap or Enter opens the picker and a screen reader hears "Choose a file, button".
 */
export function FileField(props: FileFieldProps) {
  const { label, icon = Upload, variant = "secondary", disabled, ...input } = props;
  return (
    <label class={buttonClass({ variant }, "file-field")} data-disabled={disabled ? "" : undefined}>
      <input {...input} type="file" class="file-field__input" disabled={disabled} />
      <Icon icon={icon} size={20} />
      <span class="button__label">{label}</span>
    </label>
  );
}
