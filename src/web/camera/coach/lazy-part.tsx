import { useEffect, useState } from "preact/hooks";
import { t } from "../../i18n/language.ts";
import { Button } from "../../ui/button.tsx";

/**
 * Code downloaded only once it is wanted (the coach stays out of every screen's first load),
 * with its failure and a retry. `load` should be a module-level function, so it is one import.
 */
export function useLazyPart<T>(load: () => Promise<T>, wanted: boolean) {
  const [part, setPart] = useState<T | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || part !== undefined) return;
    let live = true;
    setFailed(false);
    load().then(
      (p) => {
        // A component is a function: wrapped, so the state setter does not call it.
        if (live) setPart(() => p);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  return { part, failed, retry: () => setAttempt((n) => n + 1) };
}

/** Says the coach's code could not be downloaded, with a retry; the session is not held up. */
export function LazyFailed(props: { readonly onRetry: () => void }) {
  return (
    <p class="coach-failed" role="alert">
      {t("session.coach.failed")}{" "}
      <Button variant="secondary" onClick={props.onRetry}>
        {t("session.coach.retry")}
      </Button>
    </p>
  );
}
