import type { ComponentChildren } from "preact";
import { Icon } from "./icon.tsx";
import { CircleAlert } from "./icons.ts";
import "./inline-error.css";

/**
 * What is wrong with one field, under it. Give the field `aria-describedby` with this `id` (see
 * {@link describedBy}) and `aria-invalid`; nothing is drawn without a message.
 */
export function InlineError(props: { readonly id: string; readonly children?: ComponentChildren }) {
  if (props.children === undefined || props.children === null || props.children === "") return null;
  return (
    <p id={props.id} class="inline-error">
      <Icon icon={CircleAlert} size={18} />
      <span>{props.children}</span>
    </p>
  );
}

/** The `aria-describedby` of a control: the ids of its hint and error that are shown, or nothing. */
export function describedBy(...ids: readonly (string | false | null | undefined)[]) {
  const shown = ids.filter((id): id is string => Boolean(id));
  return shown.length > 0 ? shown.join(" ") : undefined;
}
