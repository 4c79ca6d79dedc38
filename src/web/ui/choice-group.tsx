import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { describedBy, InlineError } from "./inline-error.tsx";
import "./choice-group.css";
import "./field-hint.css";
import "./visually-hidden.css";

/** Props of {@link ChoiceGroup}: what every group of radios, segments or chips shares. */
export interface ChoiceGroupProps {
  /** The question the choices answer; a fieldset's legend. */
  readonly legend: ComponentChildren;
  /** Keep the legend for screen readers only, when a heading above already asks. */
  readonly hideLegend?: boolean;
  readonly hint?: ComponentChildren;
  /** What is wrong with the answer; shown under the choices and read with the group. */
  readonly error?: ComponentChildren;
  readonly class?: string;
}

/** A fieldset with its legend, hint and error wired by `aria-describedby`. */
export function ChoiceGroup(props: ChoiceGroupProps & { readonly children: ComponentChildren }) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : null;
  const errorId = props.error ? `${id}-error` : null;
  return (
    <fieldset
      class={props.class ? `choice-group ${props.class}` : "choice-group"}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend class={props.hideLegend ? "visually-hidden" : "choice-group__legend"}>
        {props.legend}
      </legend>
      {hintId ? (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      <div class="choice-group__choices">{props.children}</div>
      <InlineError id={`${id}-error`}>{props.error}</InlineError>
    </fieldset>
  );
}
