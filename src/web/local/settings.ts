import { SETTINGS_ID } from "../../core/setup/record-ids.ts";
import type { Records } from "./records.ts";

/**
 * The person's settings, one synced `settings` record with a fixed id. Each feature owns one
 * section and changes only that section, so features never overwrite each other's choices.
 */
export interface SettingsBody {
  readonly player?: Readonly<Record<string, unknown>>;
  readonly reminders?: Readonly<Record<string, unknown>>;
  readonly progress?: Readonly<Record<string, unknown>>;
  readonly [section: string]: Readonly<Record<string, unknown>> | undefined;
}

/** The fixed id of the one settings record. */
export const settingsId = SETTINGS_ID;

/** Reads the settings (empty when never written). */
export async function readSettings(records: Records): Promise<SettingsBody> {
  const rec = await records.get<SettingsBody>(settingsId);
  return rec && !rec.deleted && rec.body ? rec.body : {};
}

/**
 * Replaces one section of the settings, keeping the others as they are, in one transaction: two
 * screens saving their own sections at once both keep their change.
 */
export async function updateSettings(
  records: Records,
  section: string,
  value: Readonly<Record<string, unknown>>,
): Promise<SettingsBody> {
  const rec = await records.update<SettingsBody>("settings", settingsId, (current) => ({
    ...(current ?? {}),
    [section]: value,
  }));
  return rec.body;
}
