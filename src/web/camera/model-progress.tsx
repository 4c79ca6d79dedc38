import { Button } from "../ui/button.tsx";
import { RefreshCw } from "../ui/icons.ts";
import { ProgressBar } from "../ui/progress-bar.tsx";
import type { DetectorState } from "./detector-loader.ts";

const megabytes = new Intl.NumberFormat(undefined, {
  style: "unit",
  unit: "megabyte",
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

/** Bytes as "2.3 MB". */
export const mb = (bytes: number) => megabytes.format(bytes / 1_000_000);

/**
 * Where getting the models ready has come, for `what` ("the face finder"): a progress bar while
 * they download from Nura's own server (once: then they are kept on the device), a line while
 * they start, and what failed with a retry. Nothing once they are ready.
 */
export function ModelProgress(props: {
  readonly state: DetectorState;
  readonly what: string;
  readonly onRetry: () => void;
}) {
  const { state, what } = props;
  if (state.phase === "downloading") {
    const { loaded, total } = state.progress;
    const label =
      total > 0 ? `Downloading ${what}: ${mb(loaded)} of ${mb(total)}` : `Downloading ${what}…`;
    return (
      <div class="model-progress" role="status">
        <ProgressBar value={loaded} max={Math.max(total, 1)} label={label} />
      </div>
    );
  }
  if (state.phase === "starting")
    return (
      <p class="model-progress" role="status">
        Starting {what}…
      </p>
    );
  if (state.phase === "failed")
    return (
      <div class="model-progress model-progress--failed" role="alert">
        <p>
          {what.charAt(0).toUpperCase() + what.slice(1)} could not be made ready
          {state.message === "offline" ? " while offline" : ""}. It downloads once from Nura's own
          server, then works offline.
        </p>
        <Button variant="secondary" size="small" icon={RefreshCw} onClick={props.onRetry}>
          Try again
        </Button>
      </div>
    );
  return null;
}
