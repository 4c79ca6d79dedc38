import type { Slot } from "../../core/model/slots.ts";
import { howTo, stepGuide } from "../../core/routine/how-texts.ts";
import type { RoutineBody } from "../../core/setup/routine-body.ts";
import { t } from "../i18n/language.ts";
import { Card } from "../ui/card.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { Icon } from "../ui/icon.tsx";
import { BookOpen, CircleCheck, Sparkles } from "../ui/icons.ts";

/** Props of {@link RoutineChecklist}. */
export interface RoutineChecklistProps {
  readonly routine: RoutineBody;
  readonly slot: Slot;
  /** Index of the product giving slip, whose how-to says so. */
  readonly mediumIndex: number;
  readonly ticked: readonly number[];
  readonly onTick: (index: number, on: boolean) => void;
  /** The massage step's line in the list ("Face massage, 7 min"), its plan drawn beside. */
  readonly massage: string;
  readonly massageDone: boolean;
}

/**
 * The routine's steps in order: a box to tick and a one-line how-to per product, and the massage
 * in its place, pointing to the plan above (beside it on a wide screen).
 */
export function RoutineChecklist(props: RoutineChecklistProps) {
  return (
    <Card as="section" class="routine-checklist" aria-labelledby="routine-title">
      <h2 id="routine-title" class="section-title">
        {t("today.checklist.title", { slot: props.slot })}
      </h2>
      <ol class="routine-steps">
        {props.routine.steps.map((step, i) => {
          if (step.kind === "massage")
            return (
              <li key="massage" class="routine-step routine-step--massage">
                <span class="routine-step__mark" aria-hidden="true">
                  <Icon icon={props.massageDone ? CircleCheck : Sparkles} size={22} />
                </span>
                <span>
                  <span class="routine-step__title">{props.massage}</span>
                  <span class="routine-step__how">
                    {props.massageDone ? t("today.checklist.done") : t("today.checklist.guided")}
                  </span>
                </span>
              </li>
            );
          const title = step.name
            ? t("today.checklist.named", {
                kind: t(`routine.kind.${step.kind}.name`),
                name: step.name,
              })
            : t(`routine.kind.${step.kind}.name`);
          const guide = stepGuide(step.kind, t);
          return (
            <li key={`${step.kind}-${i}`} class="routine-step">
              <Checkbox
                id={`step-${props.slot}-${i}`}
                label={title}
                description={howTo(step.kind, props.slot, i === props.mediumIndex, t)}
                checked={props.ticked.includes(i)}
                onChange={(e) => props.onTick(i, (e.currentTarget as HTMLInputElement).checked)}
              />
              {guide ? (
                <a class="routine-step__guide" href={`/learn/guides/${guide.slug}`}>
                  <Icon icon={BookOpen} size={18} />
                  {t("today.checklist.read", { guide: guide.title })}
                </a>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
