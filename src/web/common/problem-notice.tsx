import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { RefreshCw } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import type { Problem } from "./action.ts";

/**
 * The one way the app shows that something did not work: the reason in words, announced at once
 * (role="alert"), and a "Try again" button described by it. Nothing is drawn without a problem.
 */
export function ProblemNotice(props: {
  readonly problem: Problem | null;
  /** More words for this place, after the reason (what was kept, what to do). */
  readonly children?: ComponentChildren;
}) {
  const id = useId();
  const { problem } = props;
  if (!problem) return null;
  return (
    <Notice tone="danger" role="alert" class="problem-notice">
      <p id={id}>
        {problem.message}
        {props.children ? " " : null}
        {props.children}
      </p>
      <div>
        <Button
          variant="secondary"
          size="small"
          icon={RefreshCw}
          aria-describedby={id}
          onClick={problem.retry}
        >
          {t("common.try-again")}
        </Button>
      </div>
    </Notice>
  );
}

/** A "Loading…" line while a read runs, or the problem once it failed. */
export function Waiting(props: { readonly problem: Problem | null; children: ComponentChildren }) {
  if (props.problem) return <ProblemNotice problem={props.problem} />;
  return (
    <p class="waiting" role="status">
      {props.children}
    </p>
  );
}
