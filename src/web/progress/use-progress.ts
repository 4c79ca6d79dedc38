import type { Problem } from "../common/action.ts";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { loadProgress, type ProgressData } from "./progress-data.ts";

/** Marks the start of every (re)load, for the render benchmark. */
export const LOAD_MARK = "nura:progress-load";

/** Marks when the data is read and computed, before drawing. */
export const DATA_MARK = "nura:progress-data";

/** Loads the progress data and reloads it whenever sessions or check-ins change. */
export function useProgress(): {
  data: ProgressData | undefined;
  records: Records | undefined;
  problem: Problem | null;
} {
  const loaded = useLoad(
    t("progress.reading"),
    async () => {
      const records = await localRecords();
      performance.mark(LOAD_MARK);
      const data = await loadProgress(records);
      performance.mark(DATA_MARK);
      return { records, data };
    },
    [],
    (value, reload) =>
      value.records.subscribe((kinds) => {
        if (kinds.has("session") || kinds.has("checkin")) reload();
      }),
  );
  return {
    data: loaded.value?.data,
    records: loaded.value?.records,
    problem: loaded.problem,
  };
}
