import type { ComponentChildren } from "preact";
import type { Plan } from "../../core/planner/plan-types.ts";
import type { SkipToday } from "../common/skip-today.ts";
import { durationWords } from "../common/words.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Disclosure } from "../ui/disclosure.tsx";
import { Icon } from "../ui/icon.tsx";
import { Play, RefreshCw, Sparkles } from "../ui/icons.ts";
import { adjustmentLines, focusText, stepsLine } from "./plan-summary.ts";

/**
 * "Face massage, 7 min" with the length marked for tests: the sentence is the catalog's, the
 * length goes where the language puts it.
 */
function minutesTitle(duration: string) {
  const marker = "\u0000";
  const [before = "", after = ""] = t("today.massage.title", { duration: marker }).split(marker);
  return (
    <>
      {before}
      <span data-testid="massage-minutes">{duration}</span>
      {after}
    </>
  );
}

/** Props of {@link MassageCard}. */
export interface MassageCardProps {
  readonly plan: Plan;
  readonly skip: SkipToday;
  readonly done: boolean;
  /** A line about the programme this session belongs to. */
  readonly note?: string;
  readonly starting: boolean;
  readonly onStart: () => void;
  /** What follows the plan in the card: the zones to skip today, a warning about glide. */
  readonly children?: ComponentChildren;
}

/**
 * The massage step of a routine: its length and focus, the Start button at once (so it is in
 * view on a phone without scrolling), then the adjustments, the steps and why, on demand.
 */
export function MassageCard(props: MassageCardProps) {
  const { plan } = props;
  const lines = adjustmentLines(plan, props.skip);
  const focus = focusText(plan);
  const steps = stepsLine(plan);
  const why = [...plan.reasons, ...plan.notes];
  return (
    <Card as="section" class="massage-card" aria-labelledby="massage-title">
      <div class="massage-card__head">
        <span class="massage-card__badge" aria-hidden="true">
          <Icon icon={Sparkles} size={22} />
        </span>
        <div>
          <h2 id="massage-title" class="massage-card__title">
            {minutesTitle(durationWords(plan.totalSeconds))}
          </h2>
          {focus !== "" ? (
            <p class="focus massage-card__focus">{t("today.massage.focus", { focus })}</p>
          ) : null}
        </div>
      </div>
      {props.note ? <p class="programme-note massage-card__note">{props.note}</p> : null}
      <Button
        size="large"
        fullWidth
        icon={props.done ? RefreshCw : Play}
        busy={props.starting}
        busyLabel={t("today.massage.opening")}
        onClick={props.onStart}
      >
        {props.done ? t("today.massage.again") : t("today.massage.start")}
      </Button>
      {lines.length > 0 ? (
        <ul class="adjustments" aria-label={t("today.massage.adjustments")}>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      <div class="massage-card__more">
        <Disclosure summary={t("today.massage.steps", { count: steps.count })}>
          <p class="step-count">{steps.text}</p>
        </Disclosure>
        {why.length > 0 ? (
          <Disclosure summary={t("today.massage.why")}>
            {why.map((r) => (
              <p key={r.code}>{r.message}</p>
            ))}
          </Disclosure>
        ) : null}
        {props.children}
      </div>
    </Card>
  );
}
