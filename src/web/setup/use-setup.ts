import { useEffect, useState } from "preact/hooks";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { loadSetup, type Setup } from "./setup-store.ts";

/** The loaded setup and the records it came from; `undefined` while loading. */
export interface SetupState {
  readonly setup: Setup;
  readonly records: Records;
}

/** Loads the setup and reloads it whenever a profile or routine record changes (edits, sync). */
export function useSetup(): SetupState | undefined {
  const [state, setState] = useState<SetupState>();
  useEffect(() => {
    let live = true;
    let unsubscribe = (): void => {};
    void localRecords().then(async (records) => {
      const reload = async (): Promise<void> => {
        const setup = await loadSetup(records);
        if (live) setState({ setup, records });
      };
      unsubscribe = records.subscribe((kinds) => {
        if (kinds.has("profile") || kinds.has("routine")) void reload();
      });
      await reload();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return state;
}
