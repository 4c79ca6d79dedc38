import { useState } from "preact/hooks";
import { claimForGoal } from "../../core/evidence/goal-claims.ts";
import { GOALS } from "../../core/model/goals.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { Info } from "../ui/icons.ts";
import { EvidenceSheet, type EvidenceTopic } from "./evidence-sheet.tsx";
import { type StepProps, toggled } from "./profile-draft.ts";
import "./goals-step.css";

/**
 * Goals, each with the evidence grade of the claim behind it. The grade and "How we grade" open
 * the evidence in a sheet over the form, so no answer is lost on the way.
 */
export function GoalsStep({ draft, change }: StepProps) {
  const [topic, setTopic] = useState<EvidenceTopic | null>(null);
  return (
    <>
      <ChoiceGroup legend={t("common.goals.legend")} hint={t("common.goals.hint")}>
        <div class="goal-list">
          {GOALS.map((goal) => {
            const claim = claimForGoal(goal);
            const name = t(`goal.${goal}.name`);
            return (
              <div key={goal} class="goal-row">
                <Checkbox
                  id={`goal-${goal}`}
                  look="tile"
                  class="goal-row__choice"
                  label={name}
                  checked={draft.goals.includes(goal)}
                  onChange={(e) =>
                    change({
                      goals: toggled(
                        draft.goals,
                        goal,
                        (e.currentTarget as HTMLInputElement).checked,
                      ),
                    })
                  }
                />
                <Button
                  variant="secondary"
                  size="small"
                  class="goal-row__grade"
                  aria-label={t("common.goals.grade", {
                    grade: claim.label,
                    goal: name,
                    meaning: t(`grade.${claim.grade}.meaning`),
                  })}
                  aria-haspopup="dialog"
                  onClick={() => setTopic(claim.id)}
                >
                  {claim.label}
                </Button>
              </div>
            );
          })}
        </div>
      </ChoiceGroup>
      <div>
        <Button variant="quiet" size="small" icon={Info} onClick={() => setTopic("grades")}>
          {t("common.evidence.grades-title")}
        </Button>
      </div>
      <EvidenceSheet topic={topic} onClose={() => setTopic(null)} />
    </>
  );
}
