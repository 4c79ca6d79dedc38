import type { Records } from "../local/records.ts";
import { readSettings, updateSettings } from "../local/settings.ts";

/** How the player guides: spoken cues with chimes, chimes only, or silent with vibration. */
export type GuideMode = "voice" | "chime" | "silent";

/** The player's section of the settings record. */
export interface PlayerSettings {
  readonly mode: GuideMode;
  /** 0 to 1, for speech and chimes. */
  readonly volume: number;
  /** Speaking rate, 0.5 to 1.5 (1 is the voice's normal pace). */
  readonly rate: number;
}

/** What a person gets before choosing anything. */
export const DEFAULT_PLAYER_SETTINGS: PlayerSettings = { mode: "voice", volume: 0.8, rate: 1 };

const inRange = (v: unknown, lo: number, hi: number, fallback: number) =>
  typeof v === "number" && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;

/** Reads a stored section leniently: a value written by an older or newer app falls back per field. */
export function parsePlayerSettings(
  raw: Readonly<Record<string, unknown>> | undefined,
): PlayerSettings {
  const d = DEFAULT_PLAYER_SETTINGS;
  const mode = raw?.mode;
  return {
    mode: mode === "voice" || mode === "chime" || mode === "silent" ? mode : d.mode,
    volume: inRange(raw?.volume, 0, 1, d.volume),
    rate: inRange(raw?.rate, 0.5, 1.5, d.rate),
  };
}

/** The stored player settings. */
export async function loadPlayerSettings(records: Records): Promise<PlayerSettings> {
  return parsePlayerSettings((await readSettings(records)).player);
}

/** Stores the player settings, leaving other sections alone. */
export async function savePlayerSettings(records: Records, value: PlayerSettings): Promise<void> {
  await updateSettings(records, "player", { ...value });
}
