import type { ActiveSession, PendingSession } from "./handoff.ts";
import { buildTimeline } from "./timeline.ts";

/** A session untouched for longer than this is never resumed: it is kept or discarded. */
export const STALE_AFTER_MS = 30 * 60_000;

/** A session started and not finished, as Today and the player offer it back. */
export interface Unfinished {
  readonly active: ActiveSession;
  /** Guided milliseconds done when the player last had it open. */
  readonly doneMs: number;
  readonly totalMs: number;
  /** Epoch ms at which the player last had it open. */
  readonly touchedAtWall: number;
  /** Untouched for more than {@link STALE_AFTER_MS}: only kept or discarded, never resumed. */
  readonly stale: boolean;
}

/**
 * When the player last had a session open. Sessions saved by older versions have no
 * `touchedAtWall`: their saved state tells it for a running one (its anchor plus the time done),
 * and the start plus the time done is the best guess for a paused one.
 */
export function lastTouched(active: ActiveSession): number {
  const { anchorWall, elapsedMs } = active.scheduler;
  return active.touchedAtWall ?? (anchorWall ?? active.startedAtWall) + elapsedMs;
}

/** The unfinished session `active` as seen at `nowWall`. */
export function unfinishedOf(active: ActiveSession, nowWall: number): Unfinished {
  const touchedAtWall = lastTouched(active);
  const totalMs = buildTimeline(active.plan).totalMs;
  return {
    active,
    doneMs: Math.min(totalMs, active.scheduler.elapsedMs),
    totalMs,
    touchedAtWall,
    stale: nowWall - touchedAtWall > STALE_AFTER_MS,
  };
}

/** What /session opens with. */
export type Opening =
  /** The unfinished session carries on (a reload, or "Resume"). */
  | { readonly kind: "resume"; readonly active: ActiveSession }
  /** A plan handed over, before its start; an unfinished session waits beside it, if any. */
  | {
      readonly kind: "before";
      readonly pending: PendingSession;
      readonly unfinished: Unfinished | null;
    }
  /** Only a stale session: to keep or discard. */
  | { readonly kind: "unfinished"; readonly unfinished: Unfinished }
  | { readonly kind: "empty" };

/**
 * Chooses what /session shows. A plan handed over after the unfinished session started is the
 * person's new choice ("Start the massage", "Practice 1 minute"), so it opens at its slip-medium
 * check, with the unfinished one offered beside it; otherwise the unfinished session resumes,
 * unless it is stale, which is never resumed silently.
 */
export function openingOf(
  active: ActiveSession | undefined,
  pending: PendingSession | undefined,
  nowWall: number,
): Opening {
  const unfinished = active ? unfinishedOf(active, nowWall) : null;
  if (pending && (!active || (pending.handedAtWall ?? 0) > active.startedAtWall))
    return { kind: "before", pending, unfinished };
  if (unfinished)
    return unfinished.stale
      ? { kind: "unfinished", unfinished }
      : { kind: "resume", active: unfinished.active };
  return pending ? { kind: "before", pending, unfinished: null } : { kind: "empty" };
}
