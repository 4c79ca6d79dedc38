import type { IconNode } from "lucide";
import type { ComponentChildren } from "preact";
import { Icon } from "./icon.tsx";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "./icons.ts";
import "./notice.css";

/** info: worth knowing; success: done; warning: take care; danger: something failed or stops. */
export type NoticeTone = "info" | "success" | "warning" | "danger";

const TONE_ICONS: Readonly<Record<NoticeTone, IconNode>> = {
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  danger: CircleAlert,
};

/** Props of {@link Notice}. */
export interface NoticeProps {
  readonly tone?: NoticeTone;
  /** A short bold first line. */
  readonly title?: ComponentChildren;
  /** Another icon than the tone's own. */
  readonly icon?: IconNode;
  /** "status" for news that arrives while the screen is open, "alert" for a failure or a stop. */
  readonly role?: "status" | "alert";
  readonly class?: string;
  readonly children?: ComponentChildren;
}

/**
 * A message in the page's flow, tinted by its tone with an icon beside it (never colour alone):
 * a damaged record, a routine with no glide, a finished routine, a failure with its retry. Links
 * inside take the text's colour, so every tone keeps its contrast pair.
 */
export function Notice(props: NoticeProps) {
  const tone = props.tone ?? "info";
  const classes = ["notice-box", `notice-box--${tone}`];
  if (props.class) classes.push(props.class);
  return (
    <div class={classes.join(" ")} role={props.role}>
      <Icon icon={props.icon ?? TONE_ICONS[tone]} size={22} class="notice-box__icon" />
      <div class="notice-box__body">
        {props.title ? <p class="notice-box__title">{props.title}</p> : null}
        {props.children}
      </div>
    </div>
  );
}
