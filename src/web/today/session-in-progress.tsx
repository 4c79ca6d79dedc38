import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import type { Records } from "../local/records.ts";
import { UnfinishedCard } from "../player/unfinished-card.tsx";
import { readUnfinished } from "../player/unfinished-store.ts";
import { navigate } from "../router.ts";

/**
 * Today's card for a session started and not finished: "Session in progress: resume or end",
 * or, once it is untouched for 30 minutes, keep the minutes done or discard them.
 */
export function SessionInProgress(props: { readonly records: Records }) {
  const { records } = props;
  const loaded = useLoad(t("today.action.unfinished"), () => readUnfinished(records, Date.now()), [
    records,
  ]);
  const [resolved, setResolved] = useState(false);
  if (!loaded.value || resolved) return <ProblemNotice problem={loaded.problem} />;
  return (
    <UnfinishedCard
      records={records}
      unfinished={loaded.value}
      onResolved={() => setResolved(true)}
      onResume={() => navigate("/session")}
    />
  );
}
