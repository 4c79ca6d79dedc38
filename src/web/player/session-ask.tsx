import { Button } from "../ui/button.tsx";
import { Sheet } from "../ui/sheet.tsx";
import { durationWords } from "./step-words.ts";

/** What the running session is asking, if anything: to end it, or to leave it. */
export type Asking = "end" | "leave" | null;

/** Props of {@link SessionAsk}. */
export interface SessionAskProps {
  readonly asking: Asking;
  /** Guided time so far, said in the question. */
  readonly elapsedMs: number;
  readonly onStay: () => void;
  readonly onEnd: () => void;
  readonly onLeave: () => void;
}

/**
 * "End the session?" and "Leave the session?", as a sheet over the paused session: ending keeps
 * the minutes done in the history; leaving keeps the session where it is, for Today to offer
 * back. Escape, a tap outside and "Keep going" carry on.
 */
export function SessionAsk(props: SessionAskProps) {
  const done = durationWords(Math.round(props.elapsedMs / 1000));
  const leaving = props.asking === "leave";
  return (
    <Sheet
      open={props.asking !== null}
      onClose={props.onStay}
      title={leaving ? "Leave the session?" : "End the session?"}
      description={
        leaving
          ? `It waits here, paused, with the ${done} you did: Today offers to resume or end it.`
          : `The ${done} you did is kept in your history.`
      }
      closeLabel="Keep going"
      footer={
        <>
          <Button variant="secondary" onClick={props.onStay}>
            Keep going
          </Button>
          {leaving ? (
            <Button onClick={props.onLeave}>Leave</Button>
          ) : (
            <Button onClick={props.onEnd}>End session</Button>
          )}
        </>
      }
    />
  );
}
