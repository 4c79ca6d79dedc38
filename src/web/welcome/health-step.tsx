import { useState } from "preact/hooks";
import type { Condition } from "../../core/model/conditions.ts";
import { MAX_AGE } from "../../core/planner/parse-plan-input.ts";
import { NECK_CAUTION_AGE } from "../../core/safety/body-rules.ts";
import type { Reason } from "../../core/safety/profile.ts";
import { conditionStops } from "../../core/safety/stop-rules.ts";
import { type StepProps, toggled } from "../common/profile-draft.ts";
import { t } from "../i18n/language.ts";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextField } from "../ui/text-field.tsx";
import { type AskedCondition, NECK_CAUTIONS, QUESTION_GROUPS } from "./health-questions.ts";

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
    readonly condition: AskedCondition;
    readonly stops: readonly Reason[];
  },
) {
  const { draft, change, condition } = props;
  const on = draft.conditions.includes(condition);
  const stop = on ? stopFor(condition, props.stops) : undefined;
  const id = `cond-${condition}`;
  return (
    <div class="health-answer">
      <Checkbox
        id={id}
        label={t(`welcome.health.q.${condition}`)}
        checked={on}
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
      {stop ? (
        <Notice tone="warning" role="alert">
          <p>{t("welcome.health.stop", { reason: stop.message })}</p>
        </Notice>
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
    <div class="stack stack--loose">
      <p class="muted">{t("welcome.health.intro")}</p>
      {QUESTION_GROUPS.map((group) => (
        <ChoiceGroup
          key={group.legend}
          legend={t(group.legend)}
          hint={group.hint ? t(group.hint) : undefined}
        >
          {group.questions.map((c) => (
            <Check key={c} {...props} condition={c} stops={stops} />
          ))}
        </ChoiceGroup>
      ))}
      <AgeField value={ageText} onChange={(age) => change({ age })} />
      {neckCaution ? (
        <Checkbox
          id="neck-cleared"
          look="tile"
          label={t("welcome.health.neck-cleared")}
          description={t("welcome.health.neck-cleared-hint")}
          checked={draft.neckCleared}
          onChange={(e) => change({ neckCleared: (e.currentTarget as HTMLInputElement).checked })}
        />
      ) : null}
    </div>
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
    <TextField
      id="age"
      label={t("welcome.health.age")}
      inputMode="numeric"
      autocomplete="off"
      value={text}
      hint={t("welcome.health.age-hint", { age: NECK_CAUTION_AGE })}
      error={valid ? undefined : t("welcome.health.age-error", { max: MAX_AGE })}
      onInput={(e) => {
        const raw = (e.currentTarget as HTMLInputElement).value.trim();
        setText(raw);
        const v = Number(raw);
        props.onChange(raw !== "" && Number.isInteger(v) && v >= 1 && v <= MAX_AGE ? v : undefined);
      }}
    />
  );
}
