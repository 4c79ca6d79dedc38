import { type ProgrammeState, readProgrammeState } from "../../core/programme/programme-state.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { completedSessionDay } from "../common/session-days.ts";
import { type Loaded, useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { readSettings, updateSettings } from "../local/settings.ts";

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

/** The device's records and the programme they hold. */
export interface ProgrammeView {
  readonly records: Records;
  readonly state: ProgrammeState | undefined;
}

/**
 * The programme, reloaded when the settings change (here or by a sync); `value` is undefined
 * while loading, `problem` says why reading failed, with a retry.
 */
export function useProgramme(): Loaded<ProgrammeView> {
  return useLoad(
    t("programmes.reading"),
    async () => {
      const records = await localRecords();
      return { records, state: await readProgramme(records) };
    },
    [],
    (view, reload) =>
      view.records.subscribe((kinds) => {
        if (kinds.has("settings")) reload();
      }),
  );
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
