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

/** The chips both kinds draw: a native input under each, the chosen one tinted and ticked. */
function ChipList<T extends string>(props: {
  readonly group: ChoiceGroupProps;
  readonly type: "checkbox" | "radio";
  readonly name: string | undefined;
  readonly options: readonly Chip<T>[];
  readonly isOn: (value: T) => boolean;
  readonly onInput: (value: T, checked: boolean) => void;
}) {
  const { group } = props;
  return (
    <ChoiceGroup {...group} class={group.class ? `chips ${group.class}` : "chips"}>
      <div class="chips__list">
        {props.options.map((o) => {
          const on = props.isOn(o.value);
          return (
            <label key={o.value} class="chips__chip">
              <input
                class="overlay-input chips__input"
                type={props.type}
                name={props.name}
                value={o.value}
                checked={on}
                onChange={(e) =>
                  props.onInput(o.value, (e.currentTarget as HTMLInputElement).checked)
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

/**
 * Any number of short options as wrapping pills: native checkboxes underneath. A chosen chip is
 * tinted, edged in the primary colour and ticked, so the state never rests on colour alone.
 */
export function ChoiceChips<T extends string>(props: ChoiceChipsProps<T>) {
  const all = props.options.map((o) => o.value);
  return (
    <ChipList
      group={props}
      type="checkbox"
      name={props.name}
      options={props.options}
      isOn={(value) => props.values.includes(value)}
      onInput={(value, checked) =>
        props.onChange(toggleChoice(all, props.values, value, checked, props.exclusive))
      }
    />
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
    <ChipList
      group={props}
      type="radio"
      name={props.name}
      options={props.options}
      isOn={(value) => value === props.value}
      onInput={(value) => props.onChange(value)}
    />
  );
}
