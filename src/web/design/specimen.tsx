import type { ComponentChildren } from "preact";

/** A group on the style page: a heading and a card of examples. */
export function Specimen(props: {
  readonly title: string;
  readonly note?: ComponentChildren;
  readonly children: ComponentChildren;
}) {
  return (
    <section class="specimen">
      <h3 class="specimen__title">{props.title}</h3>
      {props.note ? <p class="specimen__note">{props.note}</p> : null}
      <div class="specimen__body">{props.children}</div>
    </section>
  );
}

/** A labelled row of examples inside a specimen. */
export function Row(props: { readonly label: string; readonly children: ComponentChildren }) {
  return (
    <div class="specimen__row">
      <p class="specimen__label">{props.label}</p>
      <div class="specimen__items">{props.children}</div>
    </div>
  );
}
