import type { IconNode } from "lucide";
import type { ButtonHTMLAttributes } from "preact";
import { type ButtonSize, type ButtonVariant, buttonClass } from "./button.tsx";
import { Icon } from "./icon.tsx";

/** Props of {@link IconButton}. */
export interface IconButtonProps extends Omit<ButtonHTMLAttributes, "icon" | "size" | "label"> {
  readonly icon: IconNode;
  /** What the button does, in words: its accessible name (and tooltip). Required. */
  readonly label: string;
  /** Quiet (the default) for toolbars and Close; secondary or primary for a round main action. */
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
}

/** A round button showing only an icon; `label` names it for screen readers and as a tooltip. */
export function IconButton(props: IconButtonProps) {
  const { icon, label, variant = "quiet", size = "medium", ...rest } = props;
  return (
    <button
      type="button"
      {...rest}
      class={buttonClass({ variant, size }, `button--icon ${(rest.class as string) ?? ""}`.trim())}
      aria-label={label}
      title={label}
    >
      <Icon icon={icon} size={size === "large" ? 28 : 22} />
    </button>
  );
}
