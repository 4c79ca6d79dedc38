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

/** Replaces one section of the settings, keeping the others as they are. */
export async function updateSettings(
  records: Records,
  section: string,
  value: Readonly<Record<string, unknown>>,
): Promise<SettingsBody> {
  const next: SettingsBody = { ...(await readSettings(records)), [section]: value };
  await records.put("settings", next, settingsId);
  return next;
}
