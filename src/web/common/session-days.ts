import type { Slot } from "../../core/model/slots.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { practiceDay } from "../../core/time/session-day.ts";
import type { SessionBody } from "../local/session-body.ts";

/**
 * The practice day of a completed routine session, or `undefined` for a Learn practice, an
 * unfinished session or an unreadable time. Each session is dated in the zone it was done in,
 * with the 4 a.m. day start, the same rule as streaks, so Today and Progress agree.
 */
export function completedSessionDay(s: SessionBody, timeZone: string): LocalDate | undefined {
  if (!s.completed || s.slot === "practice") return undefined;
  const ms = Date.parse(s.startedAt);
  return Number.isNaN(ms) ? undefined : practiceDay(ms, s.timeZone || timeZone);
}

/** Slots with a completed session on a practice day (see {@link completedSessionDay}). */
export function doneSlots(
  sessions: readonly SessionBody[],
  day: LocalDate,
  timeZone: string,
): ReadonlySet<Slot> {
  const done = new Set<Slot>();
  for (const s of sessions)
    if (s.slot !== "practice" && completedSessionDay(s, timeZone) === day) done.add(s.slot);
  return done;
}
