import type { Condition } from "../../core/model/conditions.ts";
import type { Reason } from "../../core/safety/profile.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Check } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import { otherStepsLine, passingFor } from "./stop-reasons.ts";
import { TherapistTimer } from "./therapist-timer.tsx";

/** Props of {@link StoppedCard}. */
export interface StoppedCardProps {
  /** The reasons that stop today's massage (see stopReasons). */
  readonly reasons: readonly Reason[];
  readonly clearing: boolean;
  /** The person says an answer that passes by itself (an infection, a fever) has passed. */
  readonly onCleared: (condition: Condition) => void;
}

/**
 * No massage today: each reason that stops it, what that means for the rest of the routine, an
 * "it has cleared" button where the cause passes by itself, and the therapist's timer after
 * head and neck lymphedema.
 */
export function StoppedCard(props: StoppedCardProps) {
  const { reasons } = props;
  const others = otherStepsLine(reasons);
  return (
    <Card as="section" class="massage-card massage-card--stopped" aria-labelledby="massage-title">
      <h2 id="massage-title" class="massage-card__title">
        {t("today.stopped.title")}
      </h2>
      {reasons.map((r) => {
        const passing = passingFor(r.code);
        return (
          <Notice key={r.code} tone="warning">
            <p id={`stop-${r.code}`}>{r.message}</p>
            {passing ? (
              <div>
                <Button
                  variant="secondary"
                  size="small"
                  icon={Check}
                  busy={props.clearing}
                  aria-describedby={`stop-${r.code}`}
                  onClick={() => props.onCleared(passing.condition)}
                >
                  {passing.cleared}
                </Button>
              </div>
            ) : null}
          </Notice>
        );
      })}
      {others ? <p class="massage-card__others">{others}</p> : null}
      {reasons.some((r) => r.code === "head-neck-lymphedema") ? <TherapistTimer /> : null}
    </Card>
  );
}
