import { formatList } from "../../../core/i18n/format-number.ts";
import type { ImportPlan, SkipReason } from "../../../core/portability/import-plan.ts";
import type { RecordKind } from "../../../core/sync/record.ts";
import { t } from "../../i18n/language.ts";

/** What an import did, in words: what was added, and what was skipped and why. */
export function ImportReport({ plan }: { plan: ImportPlan }) {
  const added = (Object.entries(plan.imported) as [RecordKind, number][]).filter(([, n]) => n > 0);
  const reasons = new Map<SkipReason, number>();
  for (const s of plan.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  return (
    <div role="status" class="import-report">
      <p>
        {added.length === 0
          ? t("progress.data.import.nothing")
          : t("progress.data.import.added", {
              list: formatList(
                t.locale,
                added.map(([kind, count]) => t("progress.data.import.kind", { kind, count })),
              ),
            })}
      </p>
      {plan.skipped.length > 0 ? (
        <>
          <p>{t("progress.data.import.skipped", { count: plan.skipped.length })}</p>
          <ul>
            {[...reasons].map(([reason, n]) => (
              <li key={reason}>
                {n}: {t(`import.skip.${reason}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
