import { useState } from "preact/hooks";
import { SLOTS, type Slot } from "../../core/model/slots.ts";
import { MAX_MINUTES } from "../../core/planner/parse-plan-input.ts";
import { DAY_NAMES } from "../../core/time/day-words.ts";
import { t } from "../i18n/language.ts";
import type { StepProps } from "./profile-draft.ts";

const HINTS: Readonly<Record<Slot, string>> = {
  am: "3 to 5 minutes suits a morning.",
  pm: "5 to 10 minutes suits an evening.",
  weekly: "The weekly session runs a few minutes longer.",
};

/**
 * Minutes for one slot's massage: kept as typed, passed on only when it is a whole number from
 * 1 to the planner's maximum, with the reason shown otherwise. Onboarding and the routine
 * editor both use it.
 */
export function MinutesInput(props: {
  readonly slot: Slot;
  readonly value: number;
  readonly onChange: (minutes: number) => void;
  readonly id: string;
  readonly hint?: string;
}) {
  const { slot, id, hint } = props;
  const [text, setText] = useState(String(props.value));
  const n = Number(text);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_MINUTES;
  return (
    <div class="field">
      <label for={id}>{t(`slot.${slot}.name`)} massage, minutes</label>
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_MINUTES}
        value={text}
        aria-invalid={valid ? undefined : "true"}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          setText(raw);
          const v = Number(raw);
          if (Number.isInteger(v) && v >= 1 && v <= MAX_MINUTES) props.onChange(v);
        }}
      />
      {valid ? null : (
        <p class="error" role="alert">
          Enter whole minutes from 1 to {MAX_MINUTES}.
        </p>
      )}
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Minutes per slot and the weekly routine's day. */
export function MinutesStep(props: StepProps) {
  return (
    <fieldset>
      <legend>How long?</legend>
      {SLOTS.map((slot) => (
        <MinutesInput
          key={slot}
          slot={slot}
          id={`minutes-${slot}`}
          hint={HINTS[slot]}
          value={props.draft.minutes[slot]}
          onChange={(v) => props.change({ minutes: { ...props.draft.minutes, [slot]: v } })}
        />
      ))}
      <WeekdayField value={props.draft.weekday} onChange={(weekday) => props.change({ weekday })} />
    </fieldset>
  );
}

/** The day of the week for the weekly routine. */
export function WeekdayField(props: {
  readonly value: number;
  readonly onChange: (weekday: number) => void;
}) {
  return (
    <div class="field">
      <label for="weekday">Day for the weekly routine</label>
      <select
        id="weekday"
        value={String(props.value)}
        onChange={(e) => props.onChange(Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {DAY_NAMES.map((name, i) => (
          <option key={name} value={String(i)}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
