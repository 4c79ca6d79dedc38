import { useId, useMemo } from "preact/hooks";
import { Button } from "../ui/button.tsx";
import { EmptyState } from "../ui/empty-state.tsx";
import { Sprout } from "../ui/icons.ts";
import { InlineError } from "../ui/inline-error.tsx";
import { ToastCard, ToastRegion } from "../ui/toast.tsx";
import { type Toast, ToastQueue } from "../ui/toast-queue.ts";
import { Specimen } from "./specimen.tsx";

const examples: readonly Toast[] = [
  { id: -1, tone: "success", duration: 5000, message: "Check-in saved" },
  {
    id: -2,
    tone: "info",
    duration: 8000,
    message: "Photo deleted",
    action: { label: "Undo", run: () => {} },
  },
  {
    id: -3,
    tone: "error",
    duration: 8000,
    message: "Could not sync. Your sessions are safe on this phone.",
    action: { label: "Retry", run: () => {} },
  },
];

/** Toasts (still examples and a live one), the empty state, an inline error on its own. */
export function FeedbackSection() {
  // Each theme column has its own live region and queue, so its toasts wear its theme.
  const queue = useMemo(() => new ToastQueue(), []);
  const errorId = useId();
  return (
    <>
      <Specimen title="Toast" note="A polite live region; pauses while pointed at or focused.">
        <div class="design-toasts">
          {examples.map((t) => (
            <ToastCard key={t.id} toast={t} onDismiss={() => {}} />
          ))}
        </div>
        <Button
          variant="secondary"
          onClick={() =>
            queue.show({
              message: "Session removed",
              tone: "info",
              action: { label: "Undo", run: () => queue.show({ message: "Session restored" }) },
            })
          }
        >
          Show a toast
        </Button>
        <ToastRegion queue={queue} />
      </Specimen>
      <Specimen title="Empty state">
        <EmptyState
          icon={Sprout}
          title="No check-ins yet"
          headingLevel={4}
          action={<Button variant="secondary">Add a check-in</Button>}
        >
          After a session, a quick check-in shows how your face feels over the weeks.
        </EmptyState>
      </Specimen>
      <Specimen title="Inline error">
        <InlineError id={errorId}>
          That photo is larger than 20 MB. Choose a smaller one.
        </InlineError>
      </Specimen>
    </>
  );
}
