import type { Slot } from "../../core/model/slots.ts";
import { t } from "../i18n/language.ts";

/** Props of {@link SlotSwitch}. */
export interface SlotSwitchProps {
  readonly slots: readonly Slot[];
  readonly current: Slot;
  readonly done: ReadonlySet<Slot>;
  readonly onChange: (slot: Slot) => void;
}

/** Morning / evening (/ weekly on its day) as a radio group, each marked when done today. */
export function SlotSwitch(props: SlotSwitchProps) {
  return (
    <fieldset class="slot-switch">
      <legend>Routine</legend>
      {props.slots.map((slot) => (
        <label key={slot} class={slot === props.current ? "slot-option current" : "slot-option"}>
          <input
            type="radio"
            name="slot"
            value={slot}
            checked={slot === props.current}
            onChange={() => props.onChange(slot)}
          />
          {t(`slot.${slot}.name`)}
          {props.done.has(slot) ? <span class="done-mark"> · done</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
