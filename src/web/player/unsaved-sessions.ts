import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { ACTIVE_KEY, type ActiveSession } from "./handoff.ts";

/** A finished session and the id it is recorded under (made when it started). */
export interface FinishedSession {
  readonly id: string;
  readonly body: SessionBody;
}

/** The part of `localStorage` used here; tests pass an in-memory one. */
export type SmallStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const KEY = "nura:unsaved-sessions";

/** The browser's localStorage, or null where the browser refuses it (some privacy settings). */
export function browserStorage(): SmallStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The finished sessions not yet in the device database, oldest first. */
export function unsavedSessions(
  storage: SmallStorage | null = browserStorage(),
): FinishedSession[] {
  try {
    const raw = storage?.getItem(KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? (list as FinishedSession[]) : [];
  } catch {
    return [];
  }
}

function store(list: readonly FinishedSession[], storage: SmallStorage | null): boolean {
  try {
    if (list.length === 0) storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify(list));
    return storage !== null;
  } catch {
    return false;
  }
}

/**
 * Keeps a finished session in localStorage before it is written to the device database: a
 * second store that outlives a reload, so a session whose write fails (storage full, the tab
 * closed mid-write) is written on the next start instead of lost. False when it could not be kept.
 */
export function keepUnsaved(
  session: FinishedSession,
  storage: SmallStorage | null = browserStorage(),
): boolean {
  const others = unsavedSessions(storage).filter((s) => s.id !== session.id);
  return store([...others, session], storage);
}

/** Forgets every session kept aside ("delete all local data" deletes these too). */
export function forgetUnsavedSessions(storage: SmallStorage | null = browserStorage()): void {
  store([], storage);
}

/**
 * Writes a finished session to the device's records under its own id, once: a retry, a second
 * tab or the next start writing it again changes nothing. Then forgets the localStorage copy.
 */
export async function saveFinished(
  records: Records,
  session: FinishedSession,
  storage: SmallStorage | null = browserStorage(),
): Promise<void> {
  await records.create("session", session.body, session.id);
  store(
    unsavedSessions(storage).filter((s) => s.id !== session.id),
    storage,
  );
}

/**
 * On start: writes every finished session still waiting in localStorage, and ends the player's
 * saved state when it belongs to one of them (the session is over). Returns how many it wrote.
 */
export async function saveUnsavedSessions(
  records: Records,
  storage: SmallStorage | null = browserStorage(),
): Promise<number> {
  const waiting = unsavedSessions(storage);
  for (const session of waiting) {
    await saveFinished(records, session, storage);
    const active = await records.getMeta<ActiveSession>(ACTIVE_KEY);
    if (active?.recordId === session.id) await records.deleteMeta(ACTIVE_KEY);
  }
  return waiting.length;
}
