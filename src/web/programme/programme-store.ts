import { useEffect, useState } from "preact/hooks";
import { type ProgrammeState, readProgrammeState } from "../../core/programme/programme-state.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { readSettings, updateSettings } from "../local/settings.ts";
import { completedSessionDay } from "../today/today-state.ts";

/** The settings section that holds the programme, synced with the rest of the settings. */
export const PROGRAMME_SECTION = "programme";

/** The programme the person follows, or `undefined`. */
export async function readProgramme(records: Records): Promise<ProgrammeState | undefined> {
  return readProgrammeState((await readSettings(records))[PROGRAMME_SECTION]);
}

/** Saves the programme; `undefined` leaves it (the section is emptied, the rest kept). */
export async function saveProgramme(
  records: Records,
  state: ProgrammeState | undefined,
): Promise<void> {
  await updateSettings(records, PROGRAMME_SECTION, state === undefined ? {} : { ...state });
}

/** The programme state, reloaded when the settings change (here or by a sync). */
export function useProgramme(): {
  readonly records: Records | undefined;
  readonly state: ProgrammeState | undefined;
  readonly loaded: boolean;
} {
  const [records, setRecords] = useState<Records>();
  const [state, setState] = useState<ProgrammeState>();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    let unsubscribe = (): void => {};
    void localRecords().then(async (r) => {
      const load = async (): Promise<void> => {
        const next = await readProgramme(r);
        if (!live) return;
        setState(next);
        setLoaded(true);
      };
      unsubscribe = r.subscribe((kinds) => {
        if (kinds.has("settings")) void load();
      });
      if (live) setRecords(r);
      await load();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { records, state, loaded };
}

/** The practice days with a completed routine session (Learn's practice minutes left out). */
export function completedDays(
  sessions: readonly SessionBody[],
  timeZone: string,
): ReadonlySet<LocalDate> {
  const days = new Set<LocalDate>();
  for (const s of sessions) {
    const day = completedSessionDay(s, timeZone);
    if (day !== undefined) days.add(day);
  }
  return days;
}
