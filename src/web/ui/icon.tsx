import type { IconNode } from "lucide";
import { h } from "preact";
import "./icon.css";

/** Props of {@link Icon}. */
export interface IconProps {
  /** An icon from icons.ts. */
  readonly icon: IconNode;
  /** Width and height in CSS pixels; 20 beside text, 24 alone. */
  readonly size?: number;
  /** Words for an icon that carries meaning alone; without them the icon is hidden from screen readers. */
  readonly label?: string;
  readonly class?: string;
}

/**
 * A Lucide icon as inline SVG in the current text colour. Decorative by default (the words next
 * to it say what it means); give `label` only when the icon stands alone.
 */
export function Icon({ icon, size = 20, label, class: className }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class={className ? `icon ${className}` : "icon"}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width={2}
      stroke-linecap="round"
      stroke-linejoin="round"
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : "true"}
      focusable="false"
    >
      {icon.map(([tag, attrs], i) => h(tag, { key: i, ...attrs }))}
    </svg>
  );
}
