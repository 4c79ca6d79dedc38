import { useEffect, useState } from "preact/hooks";
import { localRecords } from "../local/device.ts";
import { readSettings, updateSettings } from "../local/settings.ts";

/** The progress section of the settings record. */
export interface ProgressSettings {
  /** Hide the streak everywhere, for people who find a count of days stressful. */
  readonly hideStreaks: boolean;
}

/** Reads and writes the progress settings; `undefined` until loaded. */
export function useProgressSettings(): [
  ProgressSettings | undefined,
  (next: ProgressSettings) => void,
] {
  const [settings, setSettings] = useState<ProgressSettings>();
  useEffect(() => {
    void localRecords()
      .then(readSettings)
      .then((s) => setSettings({ hideStreaks: s.progress?.hideStreaks === true }));
  }, []);
  const save = (next: ProgressSettings) => {
    setSettings(next);
    void localRecords().then((r) => updateSettings(r, "progress", { ...next }));
  };
  return [settings, save];
}
