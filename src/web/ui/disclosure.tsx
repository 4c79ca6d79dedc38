import type { ComponentChildren } from "preact";
import { Icon } from "./icon.tsx";
import { ChevronDown } from "./icons.ts";
import "./disclosure.css";

/** Props of {@link Disclosure}. */
export interface DisclosureProps {
  /** What opens: a short line, the summary's name. */
  readonly summary: ComponentChildren;
  /** Open at first (uncontrolled), or held open by the owner with `onToggle`. */
  readonly open?: boolean;
  readonly onToggle?: (open: boolean) => void;
  readonly class?: string;
  readonly children: ComponentChildren;
}

/**
 * More on demand, on the native <details>: Enter or Space opens it, screen readers hear
 * "expanded", and the chevron turns. A 48px summary row, so a wet thumb finds it.
 */
export function Disclosure(props: DisclosureProps) {
  return (
    <details
      class={props.class ? `disclosure ${props.class}` : "disclosure"}
      open={props.open}
      onToggle={(e) => props.onToggle?.((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="disclosure__summary">
        <span class="disclosure__label">{props.summary}</span>
        <Icon icon={ChevronDown} size={20} class="disclosure__chevron" />
      </summary>
      <div class="disclosure__body">{props.children}</div>
    </details>
  );
}
