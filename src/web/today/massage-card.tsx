import type { Plan } from "../../core/planner/plan-types.ts";
import type { SkipToday } from "../common/skip-today.ts";
import { adjustmentLines, durationText, focusText, stepsLine } from "./plan-summary.ts";
import { TherapistTimer } from "./therapist-timer.tsx";

/** Props of {@link MassageCard}. */
export interface MassageCardProps {
  readonly plan: Plan;
  readonly skip: SkipToday;
  readonly done: boolean;
  /** A line about the programme this session belongs to. */
  readonly note?: string;
  readonly onStart: () => void;
}

/**
 * The massage step of a routine: its length, focus and adjustments, and the button that starts
 * the player. A plan the safety screen stopped shows why instead, and no way to start.
 */
export function MassageCard(props: MassageCardProps) {
  const { plan } = props;
  if (plan.verdict === "stop") {
    return (
      <section class="massage-card stopped" aria-labelledby="massage-title">
        <h2 id="massage-title">No massage step today</h2>
        {plan.reasons.map((r) => (
          <p key={r.code}>{r.message}</p>
        ))}
        <p>The other steps of your routine are fine to do as usual.</p>
        {plan.reasons.some((r) => r.code === "head-neck-lymphedema") ? <TherapistTimer /> : null}
      </section>
    );
  }
  const lines = adjustmentLines(plan, props.skip);
  const focus = focusText(plan);
  return (
    <section class="massage-card" aria-labelledby="massage-title">
      <h2 id="massage-title">
        Face massage, <span data-testid="massage-minutes">{durationText(plan.totalSeconds)}</span>
      </h2>
      {props.note ? <p class="programme-note">{props.note}</p> : null}
      {focus !== "" ? <p class="focus">{focus}.</p> : null}
      {lines.length > 0 ? (
        <ul class="adjustments" aria-label="Adjustments">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      {plan.reasons.length > 0 || plan.notes.length > 0 ? (
        <details>
          <summary>Why the plan is adjusted</summary>
          {[...plan.reasons, ...plan.notes].map((r) => (
            <p key={r.code}>{r.message}</p>
          ))}
        </details>
      ) : null}
      <p class="step-count">{stepsLine(plan).text}</p>
      <button type="button" class="primary" onClick={props.onStart}>
        {props.done ? "Start the massage again" : "Start the massage"}
      </button>
    </section>
  );
}
