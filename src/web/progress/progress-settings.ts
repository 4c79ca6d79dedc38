import { useState } from "preact/hooks";
import type { Problem } from "../common/action.ts";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import { readSettings, updateSettings } from "../local/settings.ts";

/** The progress section of the settings record. */
export interface ProgressSettings {
  /** Hide the streak everywhere, for people who find a count of days stressful. */
  readonly hideStreaks: boolean;
}

/**
 * Reads and writes the progress settings: the settings (`undefined` until loaded), the save,
 * and why reading or the last save failed (with a retry), or null.
 */
export function useProgressSettings(): [
  ProgressSettings | undefined,
  (next: ProgressSettings) => void,
  Problem | null,
] {
  const loaded = useLoad(t("progress.settings.reading"), async () => {
    const s = await readSettings(await localRecords());
    return { hideStreaks: s.progress?.hideStreaks === true };
  }, []);
  const [chosen, setChosen] = useState<ProgressSettings>();
  const saving = useAction(
    t("progress.settings.saving"),
    async (next: ProgressSettings) => {
      await updateSettings(await localRecords(), "progress", { ...next });
    },
    { latest: true },
  );
  const save = (next: ProgressSettings) => {
    setChosen(next);
    saving.run(next);
  };
  return [chosen ?? loaded.value, save, saving.problem.value ?? loaded.problem];
}
