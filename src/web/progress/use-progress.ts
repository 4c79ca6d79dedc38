import { useEffect, useState } from "preact/hooks";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import { loadProgress, type ProgressData } from "./progress-data.ts";

/** Marks the start of every (re)load, for the render benchmark. */
export const LOAD_MARK = "nura:progress-load";

/** Marks when the data is read and computed, before drawing. */
export const DATA_MARK = "nura:progress-data";

/** Loads the progress data and reloads it whenever sessions or check-ins change. */
export function useProgress(): { data: ProgressData | undefined; records: Records | undefined } {
  const [records, setRecords] = useState<Records>();
  const [data, setData] = useState<ProgressData>();
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    void localRecords().then((r) => {
      if (!live) return;
      setRecords(r);
      const reload = () => {
        performance.mark(LOAD_MARK);
        void loadProgress(r).then((d) => {
          performance.mark(DATA_MARK);
          if (live) setData(d);
        });
      };
      reload();
      unsubscribe = r.subscribe((kinds) => {
        if (kinds.has("session") || kinds.has("checkin")) reload();
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { data, records };
}
