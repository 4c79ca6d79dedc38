import type { IconNode } from "lucide";
import { useId } from "preact/hooks";
import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group.tsx";
import { Icon } from "./icon.tsx";
import "./overlay-input.css";
import "./segmented-control.css";

/** One segment: a short visible label, and optionally an icon and words said after the label. */
export interface Segment<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly icon?: IconNode;
  /** Read after the label by screen readers ("3" → "3, about the same"), not shown. */
  readonly description?: string;
}

/** Props of {@link SegmentedControl}. */
export interface SegmentedControlProps<T extends string> extends ChoiceGroupProps {
  readonly options: readonly Segment<T>[];
  /** The chosen value, or null while nothing is chosen yet. */
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  /** The radios' name; one is made when not given. */
  readonly name?: string;
}

/**
 * Two to six short options side by side, one chosen: a native radio group underneath, so arrow
 * keys move the choice and screen readers say "2 of 3". The chosen segment is filled.
 */
export function SegmentedControl<T extends string>(props: SegmentedControlProps<T>) {
  const made = useId();
  const name = props.name ?? made;
  return (
    <ChoiceGroup {...props} class={props.class ? `segmented ${props.class}` : "segmented"}>
      <div class="segmented__track">
        {props.options.map((o) => (
          <label key={o.value} class="segmented__option">
            <input
              class="overlay-input segmented__input"
              type="radio"
              name={name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span class="segmented__face">
              {o.icon ? <Icon icon={o.icon} size={20} /> : null}
              <span>{o.label}</span>
              {o.description ? <span class="visually-hidden">, {o.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </ChoiceGroup>
  );
}
