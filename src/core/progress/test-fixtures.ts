import type { CheckinBody } from "./checkin.ts";
import type { SessionFacts } from "./session-facts.ts";

/** A valid session body for tests; override any field. */
export function sessionFacts(over: Partial<SessionFacts> = {}): SessionFacts {
  return {
    slot: "pm",
    plan: { minutes: 6, goals: ["depuff"], totalSeconds: 360, stepCount: 8, adjustments: [] },
    startedAt: "2026-03-02T20:00:00Z",
    endedAt: "2026-03-02T20:06:00Z",
    timeZone: "UTC",
    secondsDone: 360,
    completed: true,
    zones: ["collarbone", "cheeks"],
    tool: "fingers",
    medium: "facial-oil",
    ...over,
  };
}

/** A valid check-in body for tests; override any field. */
export function checkinBody(over: Partial<CheckinBody> = {}): CheckinBody {
  return {
    at: "2026-03-02T20:10:00Z",
    timeZone: "UTC",
    ratings: { puffiness: 3 },
    reactions: [],
    note: "",
    ...over,
  };
}
