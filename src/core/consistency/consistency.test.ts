import { describe, expect, it } from "vitest";
import { practiceDay } from "../time/session-day.ts";
import {
  type Consistency,
  type ConsistencyInput,
  computeConsistency,
  type SessionRecord,
} from "./consistency.ts";

const session = (startedAt: string, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  startedAt,
  secondsDone: 300,
  slot: "am",
  completed: true,
  ...extra,
});

const compute = (input: ConsistencyInput): Consistency => {
  const result = computeConsistency(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("practiceDay", () => {
  it.each([
    ["2026-03-28T23:30:00Z", "Europe/Berlin", "2026-03-28"], // 00:30 CET on the 29th: before 4 a.m.
    ["2026-03-29T01:30:00Z", "Europe/Berlin", "2026-03-28"], // 03:30 CEST, the clock just jumped
    ["2026-03-29T02:00:00Z", "Europe/Berlin", "2026-03-29"], // 04:00 CEST
    ["2026-11-01T05:30:00Z", "America/New_York", "2026-10-31"], // first 01:30 (EDT)
    ["2026-11-01T06:30:00Z", "America/New_York", "2026-10-31"], // second 01:30 (EST)
    ["2026-11-01T08:59:00Z", "America/New_York", "2026-10-31"], // 03:59 EST
    ["2026-11-01T09:00:00Z", "America/New_York", "2026-11-01"], // 04:00 EST
  ])("%s in %s counts for %s", (iso, zone, expected) => {
    expect(practiceDay(Date.parse(iso), zone)).toBe(expected);
  });
});

describe("computeConsistency", () => {
  it("keeps a morning streak across Berlin's spring-forward night", () => {
    // 07:00 local every day 2026-03-25..04-02: 06:00Z before the change, 05:00Z after it.
    const sessions = [25, 26, 27, 28].map((d) => session(`2026-03-${d}T06:00:00Z`));
    for (const d of ["03-29", "03-30", "03-31", "04-01", "04-02"])
      sessions.push(session(`2026-${d}T05:00:00Z`));
    const result = compute({ sessions, timeZone: "Europe/Berlin", today: "2026-04-02" });
    expect(result.days.map((d) => d.date)).toEqual([
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
    ]);
    expect(result.streak).toEqual({ current: 9, longest: 9, since: "2026-03-25", forgiven: 0 });
  });

  it("keeps a late-evening streak across New York's fall-back night", () => {
    // 00:45 local, after midnight: each counts for the evening before.
    const sessions = [
      session("2026-10-30T04:45:00Z", { slot: "pm" }), // 00:45 EDT Oct 30 -> Oct 29
      session("2026-10-31T04:45:00Z", { slot: "pm" }), // -> Oct 30
      session("2026-11-01T04:45:00Z", { slot: "pm" }), // 00:45 EDT Nov 1 -> Oct 31
      session("2026-11-02T05:45:00Z", { slot: "pm" }), // 00:45 EST Nov 2 -> Nov 1
      session("2026-11-03T05:45:00Z", { slot: "pm" }), // -> Nov 2
    ];
    const result = compute({ sessions, timeZone: "America/New_York", today: "2026-11-03" });
    expect(result.days.map((d) => [d.date, d.am, d.pm])).toEqual([
      ["2026-10-29", false, true],
      ["2026-10-30", false, true],
      ["2026-10-31", false, true],
      ["2026-11-01", false, true],
      ["2026-11-02", false, true],
    ]);
    expect(result.streak.current).toBe(5);
  });

  it("keeps a streak when the person flies from Berlin to New York", () => {
    // 08:00 in Berlin Mar 10..14, then 08:00 in New York Mar 15..20.
    const berlin = [10, 11, 12, 13, 14].map((d) =>
      session(`2026-03-${d}T07:00:00Z`, { timeZone: "Europe/Berlin" }),
    );
    const newYork = [15, 16, 17, 18, 19, 20].map((d) =>
      session(`2026-03-${d}T12:00:00Z`, { timeZone: "America/New_York" }),
    );
    const result = compute({
      sessions: [...berlin, ...newYork],
      timeZone: "America/New_York",
      today: "2026-03-20",
    });
    expect(result.streak).toEqual({ current: 11, longest: 11, since: "2026-03-10", forgiven: 0 });

    // Old records without their zone are read in the current zone: 08:00 Berlin is 03:00 in
    // New York, so they move a day earlier, and the one gap that opens is forgiven.
    const unzoned = berlin.map(({ timeZone: _, ...rest }) => rest);
    const fallback = compute({
      sessions: [...unzoned, ...newYork],
      timeZone: "America/New_York",
      today: "2026-03-20",
    });
    expect(fallback.streak).toEqual({ current: 12, longest: 12, since: "2026-03-09", forgiven: 1 });
  });

  it("counts seconds of unfinished sessions but only completed ones for the streak and slots", () => {
    const result = compute({
      sessions: [
        session("2026-05-19T07:00:00Z", { completed: false, secondsDone: 90 }),
        session("2026-05-20T07:00:00Z", { slot: "pm", secondsDone: 480 }),
        session("2026-05-20T19:00:00Z", { slot: "weekly", secondsDone: 900 }),
      ],
      timeZone: "UTC",
      today: "2026-05-20",
    });
    expect(result.days).toEqual([
      { date: "2026-05-19", seconds: 90, am: false, pm: false, weekly: false, done: false },
      { date: "2026-05-20", seconds: 1380, am: false, pm: true, weekly: true, done: true },
    ]);
    expect(result.streak.current).toBe(1);
    expect(result.weekly.minutes).toBe(25);
    expect(result.habitScore).toBe(13);
  });

  it.each([
    [{ sessions: [], timeZone: "Nowhere/Else", today: "2026-05-20" }, "timeZone"],
    [{ sessions: [], timeZone: "UTC", today: "20-05-2026" }, "today"],
    [{ sessions: {}, timeZone: "UTC", today: "2026-05-20" }, "sessions"],
    [{ sessions: [42], timeZone: "UTC", today: "2026-05-20" }, "sessions[0]"],
    [
      { sessions: [{ ...session("2026-05-20 07:00") }], timeZone: "UTC", today: "2026-05-20" },
      "sessions[0].startedAt",
    ],
    [
      {
        sessions: [session("2026-05-20T07:00:00Z", { secondsDone: -1 })],
        timeZone: "UTC",
        today: "2026-05-20",
      },
      "sessions[0].secondsDone",
    ],
    [
      {
        sessions: [{ ...session("2026-05-20T07:00:00Z"), slot: "noon" }],
        timeZone: "UTC",
        today: "2026-05-20",
      },
      "sessions[0].slot",
    ],
    [
      {
        sessions: [{ ...session("2026-05-20T07:00:00Z"), completed: "yes" }],
        timeZone: "UTC",
        today: "2026-05-20",
      },
      "sessions[0].completed",
    ],
    [
      {
        sessions: [session("2026-05-20T07:00:00Z", { timeZone: "Mars" })],
        timeZone: "UTC",
        today: "2026-05-20",
      },
      "sessions[0].timeZone",
    ],
  ])("refuses %j naming %s", (input, field) => {
    const result = computeConsistency(input as ConsistencyInput);
    expect(result.ok ? "" : result.error.field).toBe(field);
  });
});
