import { useEffect, useRef, useState } from "preact/hooks";
import { weekdayNames } from "../../core/i18n/format-date.ts";
import { SLOTS, type Slot } from "../../core/model/slots.ts";
import { MAX_MINUTES } from "../../core/planner/parse-plan-input.ts";
import { t } from "../i18n/language.ts";
import { SelectField } from "../ui/select-field.tsx";
import { Stepper } from "../ui/stepper.tsx";
import type { StepProps } from "./profile-draft.ts";

/**
 * Minutes for one slot's massage, from 1 to the planner's maximum: a stepper, so no value it
 * holds is ever out of range. Onboarding and the routine editor both use it.
 */
export function MinutesInput(props: {
  readonly slot: Slot;
  readonly value: number;
  readonly onChange: (minutes: number) => void;
  readonly hint?: string;
}) {
  // Shown at once: where a change is saved before it comes back (Routines), quick taps would
  // otherwise each count from the value before the last one. While the person's last value has
  // not come back, an older value coming back (the save before it, read again) is not shown:
  // it would undo their last tap, and the next tap would count from it.
  const [shown, setShown] = useState(props.value);
  const awaited = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (awaited.current !== undefined && awaited.current !== props.value) return;
    awaited.current = undefined;
    setShown(props.value);
  }, [props.value]);
  return (
    <div class="minutes-input">
      <Stepper
        label={t("common.minutes.label", { slot: props.slot })}
        hint={props.hint}
        value={shown}
        min={1}
        max={MAX_MINUTES}
        onChange={(minutes) => {
          awaited.current = minutes;
          setShown(minutes);
          props.onChange(minutes);
        }}
      />
    </div>
  );
}

/** Minutes per slot and the weekly routine's day. */
export function MinutesStep(props: StepProps) {
  return (
    <div class="stack stack--loose">
      {SLOTS.map((slot) => (
        <MinutesInput
          key={slot}
          slot={slot}
          hint={t(`common.minutes.hint.${slot}`)}
          value={props.draft.minutes[slot]}
          onChange={(v) => props.change({ minutes: { ...props.draft.minutes, [slot]: v } })}
        />
      ))}
      <WeekdayField value={props.draft.weekday} onChange={(weekday) => props.change({ weekday })} />
    </div>
  );
}

/** The day of the week for the weekly routine. */
export function WeekdayField(props: {
  readonly value: number;
  readonly onChange: (weekday: number) => void;
}) {
  return (
    <SelectField
      id="weekday"
      label={t("common.minutes.weekday")}
      value={String(props.value)}
      onChange={(e) => props.onChange(Number((e.currentTarget as HTMLSelectElement).value))}
    >
      {weekdayNames(t.locale).map((name, i) => (
        <option key={name} value={String(i)}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}
