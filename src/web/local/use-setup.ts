import { type Loaded, useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "./device.ts";
import type { Records } from "./records.ts";
import { loadSetup, type Setup } from "./setup-store.ts";

/** The loaded setup and the records it came from. */
export interface SetupState {
  readonly setup: Setup;
  readonly records: Records;
}

/**
 * Loads the setup and reloads it whenever a profile or routine record changes (edits, sync);
 * `value` is undefined while loading, `problem` says why reading failed, with a retry.
 */
export function useSetup(): Loaded<SetupState> {
  return useLoad(
    t("common.read-setup"),
    async () => {
      const records = await localRecords();
      return { setup: await loadSetup(records), records };
    },
    [],
    (state, reload) =>
      state.records.subscribe((kinds) => {
        if (kinds.has("profile") || kinds.has("routine")) reload();
      }),
  );
}
