import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Pause, Play, SkipBack, SkipForward, Square } from "../ui/icons.ts";

/** Props of {@link SessionControls}. */
export interface SessionControlsProps {
  readonly running: boolean;
  readonly onBack: () => void;
  readonly onToggle: () => void;
  readonly onNext: () => void;
  readonly onEnd: () => void;
}

/**
 * Back, pause or resume, next and end: four large buttons (56 px, the design system's large
 * size) in one row at the foot of the session, for oily fingers and a glance.
 */
export function SessionControls(props: SessionControlsProps) {
  return (
    <div class="session-controls">
      <Button variant="secondary" size="large" icon={SkipBack} onClick={props.onBack}>
        {t("session.control.back")}
      </Button>
      <Button size="large" icon={props.running ? Pause : Play} onClick={props.onToggle}>
        {props.running ? t("session.control.pause") : t("session.control.resume")}
      </Button>
      <Button variant="secondary" size="large" icon={SkipForward} onClick={props.onNext}>
        {t("session.control.next")}
      </Button>
      <Button variant="secondary" size="large" icon={Square} onClick={props.onEnd}>
        {t("session.control.end")}
      </Button>
    </div>
  );
}
