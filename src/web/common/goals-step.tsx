import { claimForGoal } from "../../core/evidence/goal-claims.ts";
import { GOALS } from "../../core/model/goals.ts";
import { t } from "../i18n/language.ts";
import { type StepProps, toggled } from "./profile-draft.ts";

/** Goals, each with the evidence grade of the claim behind it and a link to the evidence page. */
export function GoalsStep({ draft, change }: StepProps) {
  return (
    <fieldset>
      <legend>What would you like from it?</legend>
      <p class="hint">
        Each goal shows how strong the evidence is, from A (controlled studies) to D (none, or
        against). <a href="/learn/evidence">How we grade</a>
      </p>
      {GOALS.map((goal) => {
        const claim = claimForGoal(goal);
        return (
          <div key={goal} class="choice-row">
            <input
              id={`goal-${goal}`}
              type="checkbox"
              checked={draft.goals.includes(goal)}
              onChange={(e) =>
                change({
                  goals: toggled(draft.goals, goal, (e.currentTarget as HTMLInputElement).checked),
                })
              }
            />
            <label for={`goal-${goal}`}>{t(`goal.${goal}.name`)}</label>{" "}
            <a
              class={`grade grade-${claim.grade}`}
              href={`/learn/evidence#${claim.id}`}
              title={t(`grade.${claim.grade}.meaning`)}
              aria-label={`Evidence grade ${claim.label} for ${t(`goal.${goal}.name`)}: ${t(`grade.${claim.grade}.meaning`)}`}
            >
              {claim.label}
            </a>
          </div>
        );
      })}
    </fieldset>
  );
}
