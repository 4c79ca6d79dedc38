import "./progress-bar.css";

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  readonly value: number;
  readonly max: number;
  /** What is progressing, in words: shown above the bar and naming it ("Step 2 of 5"). */
  readonly label: string;
  /** Keep the words for screen readers only, when the screen already says them. */
  readonly hideLabel?: boolean;
}

/** A native <progress>, restyled as a soft rounded bar: for onboarding steps and uploads. */
export function ProgressBar(props: ProgressBarProps) {
  return (
    <div class="progress-bar">
      {props.hideLabel ? null : (
        <span class="progress-bar__label" aria-hidden="true">
          {props.label}
        </span>
      )}
      <progress
        class="progress-bar__track"
        value={props.value}
        max={props.max}
        aria-label={props.label}
      />
    </div>
  );
}
