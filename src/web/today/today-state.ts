import type { Slot } from "../../core/model/slots.ts";
import type { ZoneId } from "../../core/model/zones.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { practiceDay } from "../../core/time/session-day.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";

/** The person's IANA time zone as the browser reports it. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

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

/** Why zones are skipped today; `breakout` and `sunburn` also tell the safety screen. */
export type SkipReason = "breakout" | "sunburn" | "other";

/** Zones a person skips for one day, kept on the device only. */
export interface SkipToday {
  readonly day: LocalDate;
  readonly zones: readonly ZoneId[];
  readonly reason: SkipReason;
}

const SKIP_KEY = "today:skip";

/** Today's skipped zones; an entry from another day no longer applies. */
export async function readSkipToday(records: Records, day: LocalDate): Promise<SkipToday> {
  const stored = await records.getMeta<SkipToday>(SKIP_KEY);
  return stored && stored.day === day && Array.isArray(stored.zones)
    ? stored
    : { day, zones: [], reason: "breakout" };
}

/** Saves today's skipped zones. */
export async function writeSkipToday(records: Records, skip: SkipToday): Promise<void> {
  await records.setMeta(SKIP_KEY, skip);
}

const CHECKS_KEY = "today:checks";

/** Ticked product steps per slot for one day, kept on the device only. */
export interface TodayChecks {
  readonly day: LocalDate;
  readonly ticked: Readonly<Partial<Record<Slot, readonly number[]>>>;
}

/** Today's ticks; ticks from another day are dropped. */
export async function readChecks(records: Records, day: LocalDate): Promise<TodayChecks> {
  const stored = await records.getMeta<TodayChecks>(CHECKS_KEY);
  return stored && stored.day === day ? stored : { day, ticked: {} };
}

/** Saves today's ticks. */
export async function writeChecks(records: Records, checks: TodayChecks): Promise<void> {
  await records.setMeta(CHECKS_KEY, checks);
}
