import type { IconNode } from "lucide";
import type { ButtonHTMLAttributes, ComponentChildren, PartialAnchorHTMLAttributes } from "preact";
import { Icon } from "./icon.tsx";
import "./button.css";

/** primary: the one main action of a view; secondary: other actions; quiet: low-key text
 * actions (Back, Cancel); destructive: deleting or ending something. */
export type ButtonVariant = "primary" | "secondary" | "quiet" | "destructive";
/** small 44px (the smallest target), medium 48px (the default), large 56px (Start). */
export type ButtonSize = "small" | "medium" | "large";

/** How a {@link Button} or {@link ButtonLink} looks. */
export interface ButtonLook {
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
  /** Fills the width of its container (phone layouts, sheets). */
  readonly fullWidth?: boolean;
  /** An icon before the words. */
  readonly icon?: IconNode;
  /** An icon after the words (a chevron for "go on"). */
  readonly iconEnd?: IconNode;
}

/** The class list of a button look, for the rare element that is neither a button nor a link. */
export function buttonClass(look: ButtonLook, extra?: string): string {
  const parts = [
    "button",
    `button--${look.variant ?? "primary"}`,
    `button--${look.size ?? "medium"}`,
  ];
  if (look.fullWidth) parts.push("button--full");
  if (extra) parts.push(extra);
  return parts.join(" ");
}

const iconSize = (size: ButtonSize | undefined) => (size === "large" ? 24 : 20);

function Content(props: ButtonLook & { busy?: boolean; children: ComponentChildren }) {
  return (
    <>
      {props.busy ? (
        <span class="button__spinner" aria-hidden="true" />
      ) : props.icon ? (
        <Icon icon={props.icon} size={iconSize(props.size)} />
      ) : null}
      <span class="button__label">{props.children}</span>
      {props.iconEnd ? <Icon icon={props.iconEnd} size={iconSize(props.size)} /> : null}
    </>
  );
}

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonLook, Omit<ButtonHTMLAttributes, "icon" | "size"> {
  /**
   * The action runs: a spinner replaces the icon, the button stays focusable but ignores taps
   * (so a double tap runs once), and `busyLabel`, if given, replaces the words ("Saving…").
   */
  readonly busy?: boolean;
  readonly busyLabel?: string;
  readonly children: ComponentChildren;
}

/** A button in one of the four looks. Type "button" unless told otherwise. */
export function Button(props: ButtonProps) {
  const { variant, size, fullWidth, icon, iconEnd, busy, busyLabel, children, ...rest } = props;
  const look = { variant, size, fullWidth, icon, iconEnd };
  return (
    <button
      type="button"
      {...rest}
      class={buttonClass(look, rest.class as string | undefined)}
      aria-disabled={busy ? "true" : rest["aria-disabled"]}
      data-busy={busy ? "" : undefined}
      onClick={(e) => {
        if (busy) e.preventDefault();
        else rest.onClick?.(e);
      }}
    >
      <Content {...look} busy={busy}>
        {busy && busyLabel ? busyLabel : children}
      </Content>
    </button>
  );
}

/** Props of {@link ButtonLink}. */
export type ButtonLinkProps = ButtonLook &
  Omit<PartialAnchorHTMLAttributes<HTMLAnchorElement>, "icon" | "size" | "role"> & {
    readonly href: string;
    readonly children: ComponentChildren;
  };

/** A link that looks like a button: for actions that go to another page ("Start session"). */
export function ButtonLink(props: ButtonLinkProps) {
  const { variant, size, fullWidth, icon, iconEnd, children, ...rest } = props;
  const look = { variant, size, fullWidth, icon, iconEnd };
  return (
    <a {...rest} class={buttonClass(look, rest.class as string | undefined)}>
      <Content {...look}>{children}</Content>
    </a>
  );
}
