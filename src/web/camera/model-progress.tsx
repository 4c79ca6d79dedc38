import { formatNumber } from "../../core/i18n/format-number.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { RefreshCw } from "../ui/icons.ts";
import { ProgressBar } from "../ui/progress-bar.tsx";
import type { DetectorState } from "./detector-loader.ts";

/** Bytes as "2.3 MB", in the page's language ("2,3 MB" in German). */
export const mb = (bytes: number) =>
  formatNumber(t.locale, bytes / 1_000_000, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });

/** A sentence whose placeholder came first starts with a capital ("Der Kamera-Coach …"). */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Where getting the models ready has come, for `what` (already in the page's language, as the
 * subject of a sentence: "the face finder"): a progress bar while they download from Nura's own
 * server (once: then they are kept on the device), a line while they start, and what failed
 * with a retry. Nothing once they are ready.
 */
export function ModelProgress(props: {
  readonly state: DetectorState;
  readonly what: string;
  readonly onRetry: () => void;
}) {
  const { state, what } = props;
  if (state.phase === "downloading") {
    const { loaded, total } = state.progress;
    const label = sentence(
      total > 0
        ? t("common.model.downloading-of", { what, loaded: mb(loaded), total: mb(total) })
        : t("common.model.downloading", { what }),
    );
    return (
      <div class="model-progress" role="status">
        <ProgressBar value={loaded} max={Math.max(total, 1)} label={label} />
      </div>
    );
  }
  if (state.phase === "starting")
    return (
      <p class="model-progress" role="status">
        {sentence(t("common.model.starting", { what }))}
      </p>
    );
  if (state.phase === "failed")
    return (
      <div class="model-progress model-progress--failed" role="alert">
        <p>
          {sentence(
            t("common.model.failed", {
              what,
              offline: state.message === "offline" ? "yes" : "no",
            }),
          )}
        </p>
        <Button variant="secondary" size="small" icon={RefreshCw} onClick={props.onRetry}>
          {t("common.model.retry")}
        </Button>
      </div>
    );
  return null;
}
