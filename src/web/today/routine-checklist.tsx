import type { ComponentChildren } from "preact";
import type { Slot } from "../../core/model/slots.ts";
import { howTo, stepGuide } from "../../core/routine/how-texts.ts";
import type { RoutineBody } from "../../core/setup/routine-body.ts";
import { t } from "../i18n/language.ts";

/** Props of {@link RoutineChecklist}. */
export interface RoutineChecklistProps {
  readonly routine: RoutineBody;
  readonly slot: Slot;
  /** Index of the product giving slip, whose how-to says so. */
  readonly mediumIndex: number;
  readonly ticked: readonly number[];
  readonly onTick: (index: number, on: boolean) => void;
  /** The massage step, drawn in place. */
  readonly massage: ComponentChildren;
}

/** The routine's steps in order: a checkbox and a one-line how-to per product, the massage in place. */
export function RoutineChecklist(props: RoutineChecklistProps) {
  return (
    <ol class="routine-steps">
      {props.routine.steps.map((step, i) => {
        if (step.kind === "massage") return <li key="massage">{props.massage}</li>;
        const id = `step-${props.slot}-${i}`;
        const title = step.name
          ? `${t(`routine.kind.${step.kind}.name`)}: ${step.name}`
          : t(`routine.kind.${step.kind}.name`);
        const guide = stepGuide(step.kind, t);
        return (
          <li key={`${step.kind}-${i}`} class="routine-step">
            <input
              id={id}
              type="checkbox"
              checked={props.ticked.includes(i)}
              onChange={(e) => props.onTick(i, (e.currentTarget as HTMLInputElement).checked)}
              aria-describedby={`${id}-how`}
            />
            <label for={id}>{title}</label>
            <p id={`${id}-how`} class="how">
              {howTo(step.kind, props.slot, i === props.mediumIndex, t)}
              {guide ? (
                <>
                  {" "}
                  <a href={`/learn/guides/${guide.slug}`}>Read: {guide.title}</a>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
