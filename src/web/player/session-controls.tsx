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
        Back
      </Button>
      <Button size="large" icon={props.running ? Pause : Play} onClick={props.onToggle}>
        {props.running ? "Pause" : "Resume"}
      </Button>
      <Button variant="secondary" size="large" icon={SkipForward} onClick={props.onNext}>
        Next
      </Button>
      <Button variant="secondary" size="large" icon={Square} onClick={props.onEnd}>
        End
      </Button>
    </div>
  );
}
