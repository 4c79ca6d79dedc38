import type { ComponentChildren } from "preact";
import { useId, useState } from "preact/hooks";
import { IconButton } from "./icon-button.tsx";
import { Minus, Plus } from "./icons.ts";
import { MINUTES, type StepRange, stepBy, type UnitWords, valueForKey } from "./stepper-value.ts";
import "./field-hint.css";
import "./stepper.css";
import "./visually-hidden.css";

/** Props of {@link Stepper}. */
export interface StepperProps extends Partial<StepRange> {
  readonly label: ComponentChildren;
  /** A line under the label, read with the value. */
  readonly hint?: ComponentChildren;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** Minutes unless told otherwise. */
  readonly unit?: UnitWords;
  /** Submits the value with a form under this name. */
  readonly name?: string;
}

/**
 * − value +, for a number of minutes: big round buttons for a tap with wet hands, and between
 * them a WAI-ARIA spinbutton (arrows, Page Up/Down, Home/End) that says "10 minutes". A change
 * made with the buttons is announced politely, since focus stays on the button.
 */
export function Stepper(props: StepperProps) {
  const { value, onChange, unit = MINUTES } = props;
  const range: StepRange = { min: props.min ?? 1, max: props.max ?? 60, step: props.step ?? 1 };
  const id = useId();
  const [announced, setAnnounced] = useState("");
  const atMin = value <= range.min;
  const atMax = value >= range.max;
  const press = (by: number) => {
    const next = stepBy(value, by, range);
    if (next === value) return;
    onChange(next);
    setAnnounced(unit.count(next));
  };
  return (
    <fieldset class="stepper">
      <legend id={`${id}-label`} class="stepper__label">
        {props.label}
      </legend>
      {props.hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      <div class="stepper__row">
        <IconButton
          icon={Minus}
          label={unit.fewer()}
          variant="secondary"
          aria-disabled={atMin ? "true" : undefined}
          onClick={() => press(-1)}
        />
        <div
          class="stepper__value"
          role="spinbutton"
          tabIndex={0}
          aria-labelledby={`${id}-label`}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          aria-valuenow={value}
          aria-valuemin={range.min}
          aria-valuemax={range.max}
          aria-valuetext={unit.count(value)}
          onKeyDown={(e) => {
            const next = valueForKey(e.key, value, range);
            if (next === null) return;
            e.preventDefault();
            if (next !== value) onChange(next);
          }}
        >
          <span class="stepper__number">{value}</span>
          <span class="stepper__unit">{unit.short()}</span>
        </div>
        <IconButton
          icon={Plus}
          label={unit.more()}
          variant="secondary"
          aria-disabled={atMax ? "true" : undefined}
          onClick={() => press(1)}
        />
      </div>
      <span class="visually-hidden" aria-live="polite">
        {announced}
      </span>
      {props.name ? <input type="hidden" name={props.name} value={value} /> : null}
    </fieldset>
  );
}
