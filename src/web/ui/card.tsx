import type { ComponentChildren } from "preact";
import "./card.css";

/** Props of {@link Card}. */
export interface CardProps {
  /** raised: white on the page with a soft shadow (the default); outlined: a quiet edge, no
   * shadow, for lists of many; tinted: the soft primary colour, for the one card to notice. */
  readonly tone?: "raised" | "outlined" | "tinted";
  /** The element: section (with a heading inside), article, li, or div (the default). */
  readonly as?: "div" | "section" | "article" | "li";
  /** Less padding for compact rows. */
  readonly compact?: boolean;
  readonly class?: string;
  readonly "aria-labelledby"?: string;
  readonly children: ComponentChildren;
}

/** A surface that groups one thing: a routine, a chart, a setting. */
export function Card(props: CardProps) {
  const Tag = props.as ?? "div";
  const classes = ["card", `card--${props.tone ?? "raised"}`];
  if (props.compact) classes.push("card--compact");
  if (props.class) classes.push(props.class);
  return (
    <Tag class={classes.join(" ")} aria-labelledby={props["aria-labelledby"]}>
      {props.children}
    </Tag>
  );
}
