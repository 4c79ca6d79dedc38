import type { IconNode } from "lucide";
import type { ComponentChildren } from "preact";
import { Icon } from "./icon.tsx";
import "./empty-state.css";

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  readonly icon: IconNode;
  readonly title: string;
  /** The heading's level in the page's outline; 2 unless told. */
  readonly headingLevel?: 2 | 3 | 4;
  /** A sentence on what will appear here and how. */
  readonly children?: ComponentChildren;
  /** The way forward: usually one Button or ButtonLink. */
  readonly action?: ComponentChildren;
}

/** What a screen shows before there is anything to show: an icon, a title, a line, an action. */
export function EmptyState(props: EmptyStateProps) {
  const Heading = `h${props.headingLevel ?? 2}` as const;
  return (
    <div class="empty-state">
      <span class="empty-state__icon">
        <Icon icon={props.icon} size={32} />
      </span>
      <Heading class="empty-state__title">{props.title}</Heading>
      {props.children ? <p class="empty-state__text">{props.children}</p> : null}
      {props.action ? <div class="empty-state__action">{props.action}</div> : null}
    </div>
  );
}
