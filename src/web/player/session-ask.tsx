import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Sheet } from "../ui/sheet.tsx";
import { durationSentence } from "./step-words.ts";

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
  const done = durationSentence(Math.round(props.elapsedMs / 1000));
  const leaving = props.asking === "leave";
  return (
    <Sheet
      open={props.asking !== null}
      onClose={props.onStay}
      title={leaving ? t("session.ask.leave-title") : t("session.ask.end-title")}
      description={
        leaving ? t("session.ask.leave-said", { done }) : t("session.ask.end-said", { done })
      }
      closeLabel={t("session.ask.keep-going")}
      footer={
        <>
          <Button variant="secondary" onClick={props.onStay}>
            {t("session.ask.keep-going")}
          </Button>
          {leaving ? (
            <Button onClick={props.onLeave}>{t("session.ask.leave")}</Button>
          ) : (
            <Button onClick={props.onEnd}>{t("session.ask.end")}</Button>
          )}
        </>
      }
    />
  );
}
