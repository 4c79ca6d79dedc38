import { useState } from "preact/hooks";
import type { Condition } from "../../core/model/conditions.ts";
import { MAX_AGE } from "../../core/planner/parse-plan-input.ts";
import { stopReasons } from "../../core/safety/stop-rules.ts";
import { SKIN_NOTES } from "../../core/setup/profile-body.ts";
import { type StepProps, toggled } from "./draft.ts";

const SKIN_LABELS: Readonly<Record<(typeof SKIN_NOTES)[number], string>> = {
  "acne-breakout": "Acne-prone, or breaking out",
  rosacea: "Rosacea",
  sensitive: "Sensitive skin",
};

/** The health questions in plain words, in the order the screen weighs them. */
const HEALTH: readonly (readonly [Condition, string])[] = [
  [
    "infection",
    "An infection on the face, head, eyes or skin right now (cold sore, shingles, pink eye, cellulitis)",
  ],
  ["blood-clot", "A blood clot, known or suspected"],
  ["heart-failure", "Heart failure that is not under control"],
  ["unexplained-swelling", "Swelling of the face and you don't know why"],
  ["cancer-treatment", "Being treated for cancer"],
  ["thyroid", "A thyroid condition"],
  ["carotid", "Sensitive neck arteries (carotid), e.g. fainting when the neck is pressed"],
  ["arrhythmia", "An irregular heartbeat"],
  ["blood-thinners", "Taking blood thinners"],
  ["bleeding-disorder", "A bleeding disorder"],
];

function Check(props: StepProps & { readonly condition: Condition; readonly label: string }) {
  const { draft, change, condition } = props;
  const on = draft.conditions.includes(condition);
  const stop = on
    ? stopReasons({ conditions: [condition], injectables: [], skipZones: [], medium: "serum" })[0]
    : undefined;
  const id = `cond-${condition}`;
  return (
    <div class="choice-row">
      <input
        id={id}
        type="checkbox"
        checked={on}
        aria-describedby={stop ? `${id}-why` : undefined}
        onChange={(e) =>
          change({
            conditions: toggled(
              draft.conditions,
              condition,
              (e.currentTarget as HTMLInputElement).checked,
            ),
          })
        }
      />
      <label for={id}>{props.label}</label>
      {stop ? (
        <p id={`${id}-why`} class="stop-note" role="alert">
          {stop.message} Nura will not guide a massage while this is so; the rest of your skincare
          routine is unaffected.
        </p>
      ) : null}
    </div>
  );
}

/** Skin notes, then a short health screen whose stop answers say why and whom to ask. */
export function HealthStep(props: StepProps) {
  const { draft, change } = props;
  const ageText = draft.age === undefined ? "" : String(draft.age);
  return (
    <>
      <fieldset>
        <legend>Your skin</legend>
        {SKIN_NOTES.map((c) => (
          <Check key={c} {...props} condition={c} label={SKIN_LABELS[c]} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Does any of this apply to you now?</legend>
        <p class="hint">Tick what applies; it stays on this device and in your own account.</p>
        {HEALTH.map(([c, label]) => (
          <Check key={c} {...props} condition={c} label={label} />
        ))}
      </fieldset>
      <AgeField value={ageText} onChange={(age) => change({ age })} />
    </>
  );
}

function AgeField(props: {
  readonly value: string;
  readonly onChange: (age: number | undefined) => void;
}) {
  const [text, setText] = useState(props.value);
  const n = Number(text);
  const valid = text === "" || (Number.isInteger(n) && n >= 1 && n <= MAX_AGE);
  return (
    <div class="field">
      <label for="age">Your age (optional)</label>
      <input
        id="age"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_AGE}
        value={text}
        aria-invalid={valid ? undefined : "true"}
        aria-describedby="age-hint"
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          setText(raw);
          const v = Number(raw);
          props.onChange(
            raw !== "" && Number.isInteger(v) && v >= 1 && v <= MAX_AGE ? v : undefined,
          );
        }}
      />
      {valid ? null : (
        <p class="error" role="alert">
          Age must be a whole number from 1 to {MAX_AGE}, or left empty.
        </p>
      )}
      <p id="age-hint" class="hint">
        Over 60, Nura keeps neck work to gentle circles at the collarbone.
      </p>
    </div>
  );
}
