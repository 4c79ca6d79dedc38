import type { ImportPlan, SkipReason } from "../../../core/portability/import-plan.ts";
import type { RecordKind } from "../../../core/sync/record.ts";
import { counted, type Noun, noun } from "../../../core/words/plural.ts";
import { t } from "../../i18n/language.ts";

const KIND_NAMES: Readonly<Record<RecordKind, Noun>> = {
  profile: noun("profile"),
  routine: noun("routine"),
  settings: noun("settings record"),
  session: noun("session"),
  checkin: noun("check-in"),
};

/** What an import did, in words: what was added, and what was skipped and why. */
export function ImportReport({ plan }: { plan: ImportPlan }) {
  const added = (Object.entries(plan.imported) as [RecordKind, number][]).filter(([, n]) => n > 0);
  const reasons = new Map<SkipReason, number>();
  for (const s of plan.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  return (
    <div role="status" class="import-report">
      <p>
        {added.length === 0
          ? "Nothing new to import."
          : `Imported ${added.map(([k, n]) => counted(n, KIND_NAMES[k])).join(", ")}.`}
      </p>
      {plan.skipped.length > 0 ? (
        <>
          <p>Skipped {plan.skipped.length}:</p>
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
