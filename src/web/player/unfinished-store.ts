import type { Records } from "../local/records.ts";
import { ACTIVE_KEY, type ActiveSession, PENDING_KEY, type PendingSession } from "./handoff.ts";
import { sessionBody } from "./session-record.ts";
import { buildTimeline } from "./timeline.ts";
import { type Unfinished, unfinishedOf } from "./unfinished-session.ts";
import { keepUnsaved, saveFinished } from "./unsaved-sessions.ts";

/**
 * The player's saved session and plan, as /session and Today read them. A saved session whose
 * record is already in the history (its end was written but the player's state was not cleared)
 * is over: it is cleared here rather than offered again.
 */
export async function readPlayerState(
  records: Records,
): Promise<{ active: ActiveSession | undefined; pending: PendingSession | undefined }> {
  const [active, pending] = await Promise.all([
    records.getMeta<ActiveSession>(ACTIVE_KEY),
    records.getMeta<PendingSession>(PENDING_KEY),
  ]);
  if (active?.recordId && (await records.get(active.recordId))) {
    await records.deleteMeta(ACTIVE_KEY);
    return { active: undefined, pending };
  }
  return { active, pending };
}

/** The unfinished session on this device at `nowWall`, if there is one. */
export async function readUnfinished(
  records: Records,
  nowWall: number,
): Promise<Unfinished | undefined> {
  const { active } = await readPlayerState(records);
  return active ? unfinishedOf(active, nowWall) : undefined;
}

/** Forgets the unfinished session, unless another has taken its place meanwhile. */
export async function discardUnfinished(records: Records, u: Unfinished): Promise<void> {
  const now = await records.getMeta<ActiveSession>(ACTIVE_KEY);
  if (now?.startedAtWall === u.active.startedAtWall) await records.deleteMeta(ACTIVE_KEY);
}

/**
 * Ends the unfinished session where it was last seen and keeps its minutes in the history, as
 * an ended-early session dated when it was last touched; nothing done (under a second) is only
 * forgotten. Written under the session's own record id, so a retry or a second tap is one record.
 */
export async function keepUnfinished(records: Records, u: Unfinished): Promise<void> {
  if (u.doneMs < 1000) return discardUnfinished(records, u);
  let { active } = u;
  if (!active.recordId) {
    // Saved by a version before record ids: give it one first, so a retry writes the same record.
    active = { ...active, recordId: records.newId() };
    await records.setMeta(ACTIVE_KEY, active);
  }
  const timeline = buildTimeline(active.plan);
  const endedAt = Math.max(active.startedAtWall, u.touchedAtWall);
  const finished = {
    id: active.recordId as string,
    body: sessionBody(active, timeline, u.doneMs, endedAt),
  };
  keepUnsaved(finished);
  await saveFinished(records, finished);
  await discardUnfinished(records, u);
}

/**
 * Makes the unfinished session the one /session opens: a plan handed over but never started is
 * forgotten (Today's "Start" makes it again).
 */
export async function chooseUnfinished(records: Records): Promise<void> {
  await records.deleteMeta(PENDING_KEY);
}
