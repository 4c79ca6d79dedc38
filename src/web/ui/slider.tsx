import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { describedBy } from "./inline-error.tsx";
import "./field-hint.css";
import "./slider.css";

/** Props of {@link Slider}. */
export interface SliderProps {
  readonly label: ComponentChildren;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  /** Each new value while the thumb moves. */
  readonly onInput: (value: number) => void;
  /** The value in words, shown beside the label and said by screen readers ("70%"). */
  readonly format?: (value: number) => string;
  /** Words under the ends of the track ("Quiet", "Loud"). */
  readonly ends?: readonly [string, string];
  readonly hint?: ComponentChildren;
  readonly disabled?: boolean;
  readonly name?: string;
}

/** How far along the track a value sits, as a CSS percentage (the filled part). */
export function fillPercent(value: number, min: number, max: number): string {
  if (max <= min) return "0%";
  const share = (Math.min(max, Math.max(min, value)) - min) / (max - min);
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * A native range input, styled: a thick track filled up to a large thumb, the value in words
 * beside the label (and as aria-valuetext), the two ends named under the track.
 */
export function Slider(props: SliderProps) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : null;
  const text = props.format ? props.format(props.value) : String(props.value);
  return (
    <div class="slider">
      <div class="slider__head">
        <label for={id} class="slider__label">
          {props.label}
        </label>
        <span class="slider__value" aria-hidden="true">
          {text}
        </span>
      </div>
      {hintId ? (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      <input
        id={id}
        class="slider__input"
        type="range"
        name={props.name}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value}
        disabled={props.disabled}
        aria-valuetext={text}
        aria-describedby={describedBy(hintId)}
        style={{ "--slider-fill": fillPercent(props.value, props.min, props.max) }}
        onInput={(e) => props.onInput(Number((e.currentTarget as HTMLInputElement).value))}
      />
      {props.ends ? (
        <div class="slider__ends" aria-hidden="true">
          <span>{props.ends[0]}</span>
          <span>{props.ends[1]}</span>
        </div>
      ) : null}
    </div>
  );
}
