import { useState } from "preact/hooks";
import { SLOT_NAMES, SLOTS, type Slot } from "../../core/model/slots.ts";
import { MAX_MINUTES } from "../../core/planner/parse-plan-input.ts";
import type { StepProps } from "./draft.ts";

/** Names of the days of the week, Sunday first, as `Date#getDay` counts them. */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

const HINTS: Readonly<Record<Slot, string>> = {
  am: "3 to 5 minutes suits a morning.",
  pm: "5 to 10 minutes suits an evening.",
  weekly: "The weekly session runs a few minutes longer.",
};

function MinutesField(props: StepProps & { readonly slot: Slot }) {
  const { draft, change, slot } = props;
  const [text, setText] = useState(String(draft.minutes[slot]));
  const n = Number(text);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_MINUTES;
  const id = `minutes-${slot}`;
  return (
    <div class="field">
      <label for={id}>{SLOT_NAMES[slot]} massage, minutes</label>
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_MINUTES}
        value={text}
        aria-invalid={valid ? undefined : "true"}
        aria-describedby={`${id}-hint`}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          setText(raw);
          const v = Number(raw);
          if (Number.isInteger(v) && v >= 1 && v <= MAX_MINUTES)
            change({ minutes: { ...draft.minutes, [slot]: v } });
        }}
      />
      {valid ? null : (
        <p class="error" role="alert">
          Enter whole minutes from 1 to {MAX_MINUTES}.
        </p>
      )}
      <p id={`${id}-hint`} class="hint">
        {HINTS[slot]}
      </p>
    </div>
  );
}

/** Minutes per slot and the weekly routine's day. */
export function MinutesStep(props: StepProps) {
  return (
    <fieldset>
      <legend>How long?</legend>
      {SLOTS.map((slot) => (
        <MinutesField key={slot} {...props} slot={slot} />
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
        {WEEKDAY_NAMES.map((name, i) => (
          <option key={name} value={String(i)}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
