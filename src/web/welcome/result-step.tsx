import { SLOTS, type Slot } from "../../core/model/slots.ts";
import { composeRoutine } from "../../core/routine/compose-routine.ts";
import { planForSlot } from "../../core/setup/plan-for-slot.ts";
import { composedRoutineBody } from "../../core/setup/routine-body.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import type { Draft } from "../common/profile-draft.ts";
import { t } from "../i18n/language.ts";
import { Card } from "../ui/card.tsx";
import { Notice } from "../ui/notice.tsx";

/** The weekday keys of `welcome.weekly-title`, Sunday first as `Draft.weekday` counts. */
const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** A step's words, with the person's own name for the product after them when there is one. */
const stepName = (step: string, name: string | undefined): string =>
  name ? t("welcome.result.named", { step, name }) : step;

function RoutinePreview({
  draft,
  slot,
  today,
}: {
  readonly draft: Draft;
  readonly slot: Slot;
  readonly today: LocalDate;
}) {
  const composed = composeRoutine(draft.products, slot, t);
  const body = composedRoutineBody(draft.products, slot, draft.weekday);
  const plan = planForSlot(draft, body, slot, today, [], t);
  const stopped = plan.ok && plan.plan.verdict === "stop";
  const title =
    slot === "weekly"
      ? t("welcome.weekly-title", { day: WEEKDAY_KEYS[draft.weekday] ?? "sun" })
      : t("welcome.result.routine-title", { slot });
  return (
    <Card as="section" class="routine-preview" aria-labelledby={`preview-${slot}`}>
      <h3 id={`preview-${slot}`} class="section-title">
        {title}
      </h3>
      <ol class="routine-preview__steps">
        {body.steps
          .filter((s) => !(stopped && s.kind === "massage"))
          .map((s, i) => (
            <li key={`${s.kind}-${i}`}>
              {stepName(
                s.kind === "massage"
                  ? t("welcome.result.massage", { minutes: draft.minutes[slot] })
                  : t(`routine.kind.${s.kind}.name`),
                s.name,
              )}
            </li>
          ))}
      </ol>
      {stopped ? (
        <Notice tone="warning">
          <p>{t("welcome.result.stopped")}</p>
        </Notice>
      ) : null}
      {composed.ok
        ? composed.routine.warnings.map((w) => (
            <p key={w.code} class="muted small">
              {w.message}
            </p>
          ))
        : null}
    </Card>
  );
}

/** The routines that onboarding will save, shown before saving. */
export function ResultStep({ draft, today }: { readonly draft: Draft; readonly today: LocalDate }) {
  return (
    <div class="stack">
      {SLOTS.map((slot) => (
        <RoutinePreview key={slot} draft={draft} slot={slot} today={today} />
      ))}
      <p class="muted">{t("welcome.result.later")}</p>
    </div>
  );
}
