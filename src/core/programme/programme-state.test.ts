import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type LocalDate } from "../time/local-date.ts";
import {
  pauseProgramme,
  programmeAdherence,
  programmeStatus,
  readProgrammeState,
  resumeProgramme,
  startProgramme,
} from "./programme-state.ts";
import { PROGRAMME_IDS, PROGRAMMES } from "./programmes.ts";

const START = "2026-03-02" as LocalDate;
const day = (n: number): LocalDate => addDays(START, n - 1);

describe("programme status", () => {
  it("counts day N of M from the start and finishes after the last day", () => {
    const state = startProgramme("habit", START);
    expect(programmeStatus(state, addDays(START, -2))).toEqual({
      status: "not-started",
      startsIn: 2,
    });
    const ninth = programmeStatus(state, day(9));
    expect(ninth.status === "active" && [ninth.day.day, ninth.total]).toEqual([9, 35]);
    const last = programmeStatus(state, day(35));
    expect(last.status === "active" && last.day.checkIn).toBe(true);
    expect(programmeStatus(state, day(36))).toEqual({ status: "finished", total: 35 });
  });

  it("a pause holds the day number; resuming carries on where it stopped", () => {
    let state = startProgramme("start", START);
    state = pauseProgramme(state, day(5));
    expect(pauseProgramme(state, day(6))).toBe(state);
    expect(programmeStatus(state, day(5))).toEqual({ status: "paused", nextDay: 5, total: 14 });
    expect(programmeStatus(state, day(40))).toEqual({ status: "paused", nextDay: 5, total: 14 });
    state = resumeProgramme(state, day(8));
    expect(state.pauses).toEqual([{ from: day(5), to: day(8) }]);
    const resumed = programmeStatus(state, day(8));
    expect(resumed.status === "active" && resumed.day.day).toBe(5);
    // Three paused days move day 14 from 15 to 18 March.
    const last = programmeStatus(state, day(17));
    expect(last.status === "active" && last.day.day).toBe(14);
    expect(programmeStatus(state, day(18)).status).toBe("finished");
  });

  it("resuming on the day of the pause leaves no pause behind", () => {
    const state = resumeProgramme(pauseProgramme(startProgramme("deep", START), day(3)), day(3));
    expect(state.pauses).toEqual([]);
    expect(resumeProgramme(state, day(4))).toBe(state);
  });

  it("counts practice days against the programme's own days, never rest or paused days", () => {
    const state = resumeProgramme(pauseProgramme(startProgramme("habit", START), day(17)), day(20));
    // Paused 18 to 20 March: programme days 17, 18 and 19 fall on 21, 22 and 23 March, and
    // day 18 is a rest day, so 18 practice days have begun; 23 March is today.
    const done = new Set([day(1), day(2), day(16), day(20), day(22)]);
    expect(programmeAdherence(state, done, day(22))).toEqual({
      practiceDays: 18,
      done: 5,
      missed: 13,
    });
    // Today is not missed while it is still today.
    expect(programmeAdherence(startProgramme("start", START), new Set(), day(1))).toEqual({
      practiceDays: 1,
      done: 0,
      missed: 0,
    });
  });

  it("every unpaused day between start and finish is exactly one programme day", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROGRAMME_IDS),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 10 })), {
          maxLength: 3,
        }),
        (id, gaps) => {
          let state = startProgramme(id, START);
          for (const [at, length] of [...gaps].sort((a, b) => a[0] - b[0])) {
            const from = addDays(START, at);
            if (state.pauses.some((p) => (p.to ?? from) > from)) continue;
            state = resumeProgramme(pauseProgramme(state, from), addDays(from, length));
          }
          const seen: number[] = [];
          for (let d = 0; d < 200; d++) {
            const s = programmeStatus(state, addDays(START, d));
            if (s.status === "active") seen.push(s.day.day);
          }
          expect(seen).toEqual(Array.from({ length: PROGRAMMES[id].days }, (_, i) => i + 1));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("readProgrammeState", () => {
  it("reads what it can and drops damaged pauses", () => {
    expect(
      readProgrammeState({
        schemaVersion: 1,
        id: "deep",
        start: "2026-03-02",
        pauses: [
          { from: "2026-03-20" },
          { from: "2026-03-05", to: "2026-03-07" },
          { from: "2026-03-09", to: "2026-03-08" },
          "soon",
        ],
      }),
    ).toEqual({
      schemaVersion: 1,
      id: "deep",
      start: "2026-03-02",
      pauses: [{ from: "2026-03-05", to: "2026-03-07" }, { from: "2026-03-20" }],
    });
  });

  it.each([undefined, null, "deep", { id: "forever", start: "2026-03-02" }, { id: "deep" }])(
    "gives no programme for %j",
    (raw) => {
      expect(readProgrammeState(raw)).toBeUndefined();
    },
  );
});
