import type { Consistency } from "../../core/consistency/consistency.ts";
import type { CheckinBody } from "../../core/progress/checkin.ts";
import type { WithId } from "../../core/progress/reactions.ts";
import type { SessionFacts } from "../../core/progress/session-facts.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { parseInstant, practiceDay } from "../../core/time/session-day.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { routineConsistency } from "../common/routine-consistency.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";

/** Everything the progress screens show, read once from the device. */
export interface ProgressData {
  readonly sessions: readonly LocalRecord<SessionBody>[];
  readonly checkins: readonly LocalRecord<CheckinBody>[];
  /** The practice day of each session / check-in, by index (dating once: `Intl` is slow). */
  readonly sessionDays: readonly (LocalDate | undefined)[];
  readonly checkinDays: readonly (LocalDate | undefined)[];
  readonly timeZone: string;
  readonly today: LocalDate;
  readonly consistency: Consistency | undefined;
}

/** The practice day of a session or check-in (4 a.m. rule, in the zone it happened in). */
export function dayOf(at: string, timeZone: string): LocalDate | undefined {
  const ms = parseInstant(at);
  return ms === undefined ? undefined : practiceDay(ms, timeZone);
}

/** Sessions as the core's progress functions read them. */
export function sessionFacts(data: ProgressData): WithId<SessionFacts>[] {
  return data.sessions.map((s) => ({ id: s.id, body: s.body }));
}

/**
 * Loads sessions and check-ins and computes consistency. Practice sessions from Learn are left
 * out of the streak and habit figures: they are not part of the morning/evening routine.
 */
export async function loadProgress(records: Records, now = Date.now()): Promise<ProgressData> {
  const [sessions, checkins] = await Promise.all([
    records.list<SessionBody>("session"),
    records.list<CheckinBody>("checkin"),
  ]);
  const timeZone = deviceTimeZone();
  const today = practiceDay(now, timeZone);
  return {
    sessions,
    checkins,
    sessionDays: sessions.map((s) => dayOf(s.body.startedAt, s.body.timeZone)),
    checkinDays: checkins.map((c) => dayOf(c.body.at, c.body.timeZone)),
    timeZone,
    today,
    consistency: routineConsistency(
      sessions.map((s) => s.body),
      timeZone,
      today,
    ),
  };
}
