import type { IconNode } from "lucide";
import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group.tsx";
import { toggleChoice } from "./choice-toggle.ts";
import { Icon } from "./icon.tsx";
import { Check } from "./icons.ts";
import "./overlay-input.css";
import "./choice-chips.css";

/** One chip. */
export interface Chip<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly icon?: IconNode;
}

/** Props of {@link ChoiceChips}. */
export interface ChoiceChipsProps<T extends string> extends ChoiceGroupProps {
  readonly options: readonly Chip<T>[];
  readonly values: readonly T[];
  /** The new choice, in the options' order. */
  readonly onChange: (values: T[]) => void;
  /** A value that excludes the others, such as "None". */
  readonly exclusive?: T;
  readonly name?: string;
}

/**
 * Any number of short options as wrapping pills: native checkboxes underneath. A chosen chip is
 * tinted, edged in the primary colour and ticked, so the state never rests on colour alone.
 */
export function ChoiceChips<T extends string>(props: ChoiceChipsProps<T>) {
  const all = props.options.map((o) => o.value);
  return (
    <ChoiceGroup {...props} class={props.class ? `chips ${props.class}` : "chips"}>
      <div class="chips__list">
        {props.options.map((o) => {
          const on = props.values.includes(o.value);
          return (
            <label key={o.value} class="chips__chip">
              <input
                class="overlay-input chips__input"
                type="checkbox"
                name={props.name}
                value={o.value}
                checked={on}
                onChange={(e) =>
                  props.onChange(
                    toggleChoice(
                      all,
                      props.values,
                      o.value,
                      (e.currentTarget as HTMLInputElement).checked,
                      props.exclusive,
                    ),
                  )
                }
              />
              <span class="chips__face">
                {on ? (
                  <Icon icon={Check} size={18} />
                ) : o.icon ? (
                  <Icon icon={o.icon} size={18} />
                ) : null}
                <span>{o.label}</span>
              </span>
            </label>
          );
        })}
      </div>
    </ChoiceGroup>
  );
}

/** Props of {@link SingleChoiceChips}. */
export interface SingleChoiceChipsProps<T extends string> extends ChoiceGroupProps {
  readonly options: readonly Chip<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  /** The radios' group name; required, since it is what makes them one group. */
  readonly name: string;
}

/**
 * One of several short options as wrapping pills, for a filter: native radios underneath (one
 * tab stop, arrow keys move the choice), drawn like {@link ChoiceChips}, the chosen chip ticked.
 */
export function SingleChoiceChips<T extends string>(props: SingleChoiceChipsProps<T>) {
  return (
    <ChoiceGroup {...props} class={props.class ? `chips ${props.class}` : "chips"}>
      <div class="chips__list">
        {props.options.map((o) => {
          const on = props.value === o.value;
          return (
            <label key={o.value} class="chips__chip">
              <input
                class="overlay-input chips__input"
                type="radio"
                name={props.name}
                value={o.value}
                checked={on}
                onChange={() => props.onChange(o.value)}
              />
              <span class="chips__face">
                {on ? (
                  <Icon icon={Check} size={18} />
                ) : o.icon ? (
                  <Icon icon={o.icon} size={18} />
                ) : null}
                <span>{o.label}</span>
              </span>
            </label>
          );
        })}
      </div>
    </ChoiceGroup>
  );
}
