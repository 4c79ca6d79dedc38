import type { CheckinBody } from "../progress/checkin.ts";
import { MEASURES, scoreOf } from "../progress/checkin.ts";
import type { WithId } from "../progress/reactions.ts";
import type { SessionFacts } from "../progress/session-facts.ts";
import { toCsv } from "./csv.ts";

/** Sessions as CSV, one row each, in the order given. Lists are joined with spaces. */
export function sessionsCsv(sessions: readonly WithId<SessionFacts>[]): string {
  return toCsv(
    [
      "id",
      "started_at",
      "ended_at",
      "time_zone",
      "slot",
      "minutes_planned",
      "seconds_done",
      "completed",
      "tool",
      "medium",
      "zones",
      "goals",
    ],
    sessions.map(({ id, body: s }) => [
      id,
      s.startedAt,
      s.endedAt,
      s.timeZone,
      s.slot,
      s.plan.minutes,
      s.secondsDone,
      s.completed,
      s.tool,
      s.medium,
      s.zones.join(" "),
      s.plan.goals.join(" "),
    ]),
  );
}

/**
 * Check-ins as CSV: one column per measure (empty when not rated), reactions as kind@zone. The
 * CSV is for reading in a spreadsheet, so each measure is the score the person saw (1 = worse,
 * 5 = better), named `<measure>_score` so it is never mistaken for the stored level that the
 * JSON export keeps.
 */
export function checkinsCsv(checkins: readonly WithId<CheckinBody>[]): string {
  return toCsv(
    [
      "id",
      "at",
      "time_zone",
      "session_id",
      ...MEASURES.map((m) => `${m}_score`),
      "reactions",
      "note",
    ],
    checkins.map(({ id, body: c }) => [
      id,
      c.at,
      c.timeZone,
      c.sessionId,
      ...MEASURES.map((m) => {
        const level = c.ratings[m];
        return level === undefined ? undefined : scoreOf(m, level);
      }),
      c.reactions.map((r) => `${r.kind}@${r.zone}`).join(" "),
      c.note,
    ]),
  );
}
