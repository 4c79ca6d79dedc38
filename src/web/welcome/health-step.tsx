import { useState } from "preact/hooks";
import type { Condition } from "../../core/model/conditions.ts";
import { MAX_AGE } from "../../core/planner/parse-plan-input.ts";
import { NECK_CAUTION_AGE } from "../../core/safety/body-rules.ts";
import type { Reason } from "../../core/safety/profile.ts";
import { conditionStops } from "../../core/safety/stop-rules.ts";
import { type StepProps, toggled } from "../common/profile-draft.ts";
import { t } from "../i18n/language.ts";
import { NECK_CAUTIONS, QUESTION_GROUPS } from "./health-questions.ts";

/**
 * The stop reason an answer causes, shown under its box. Sudden swelling while pregnant is one
 * urgent reason of its own, shown under the swelling answer.
 */
function stopFor(condition: Condition, stops: readonly Reason[]): Reason | undefined {
  if (condition === "unexplained-swelling") {
    const urgent = stops.find((r) => r.code === "pregnancy-swelling");
    if (urgent) return urgent;
  }
  return stops.find((r) => r.code === condition);
}

function Check(
  props: StepProps & {
    readonly condition: Condition;
    readonly label: string;
    readonly stops: readonly Reason[];
  },
) {
  const { draft, change, condition } = props;
  const on = draft.conditions.includes(condition);
  const stop = on ? stopFor(condition, props.stops) : undefined;
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
  const stops = conditionStops(draft, t);
  const neckCaution =
    draft.conditions.some((c) => NECK_CAUTIONS.includes(c)) ||
    (draft.age !== undefined && draft.age > NECK_CAUTION_AGE);
  return (
    <>
      <p class="hint">Tick what applies; it stays on this device and in your own account.</p>
      {QUESTION_GROUPS.map((group) => (
        <fieldset key={group.legend}>
          <legend>{group.legend}</legend>
          {group.hint ? <p class="hint">{group.hint}</p> : null}
          {group.questions.map(([c, label]) => (
            <Check key={c} {...props} condition={c} label={label} stops={stops} />
          ))}
        </fieldset>
      ))}
      <AgeField value={ageText} onChange={(age) => change({ age })} />
      {neckCaution ? (
        <div class="choice-row">
          <input
            id="neck-cleared"
            type="checkbox"
            checked={draft.neckCleared}
            aria-describedby="neck-cleared-hint"
            onChange={(e) => change({ neckCleared: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="neck-cleared">My doctor has cleared me for neck massage</label>
          <p id="neck-cleared-hint" class="hint">
            Without this, Nura keeps neck work to gentle circles at the collarbone.
          </p>
        </div>
      ) : null}
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
        Over {NECK_CAUTION_AGE}, Nura keeps neck work to gentle circles at the collarbone unless
        your doctor has cleared you.
      </p>
    </div>
  );
}
