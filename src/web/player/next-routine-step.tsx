import type { Slot } from "../../core/model/slots.ts";
import { howTo } from "../../core/routine/how-texts.ts";
import { stepAfterMassage } from "../../core/setup/after-massage.ts";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { loadSetup } from "../local/setup-store.ts";
import { Card } from "../ui/card.tsx";

/**
 * What comes after the massage in the person's routine for this slot ("Now your moisturizer"),
 * with how to do it, or that the routine is done.
 */
export function NextRoutineStep(props: { records: Records; slot: Slot }) {
  const { records, slot } = props;
  const setup = useLoad(t("session.next-step.loading"), () => loadSetup(records), [records]);
  if (!setup.value) return <ProblemNotice problem={setup.problem} />;
  const next = stepAfterMassage(setup.value.routines[slot]);
  return (
    <Card as="section" tone="tinted" class="next-step" aria-labelledby="next-step-title">
      {next && next.kind !== "massage" ? (
        <>
          <h2 id="next-step-title">
            {t("session.next-step.now", { product: t(`routine.kind.${next.kind}.inline`) })}
          </h2>
          {next.name ? <p class="next-step__name">{next.name}</p> : null}
          <p>{howTo(next.kind, slot, false, t)}</p>
        </>
      ) : (
        <>
          <h2 id="next-step-title">{t("session.next-step.done", { slot })}</h2>
          <p>{t("session.next-step.last")}</p>
        </>
      )}
    </Card>
  );
}
