import { describe, expect, it } from "vitest";
import { addDays, type LocalDate } from "../time/local-date.ts";
import { computeStreak } from "./streak.ts";

const TODAY = "2026-05-20" as LocalDate;

/** Builds done dates from a pattern read left to right, ending today: `x` done, `.` missed. */
const pattern = (marks: string): LocalDate[] =>
  [...marks].flatMap((mark, i) => (mark === "x" ? [addDays(TODAY, i - marks.length + 1)] : []));

describe("computeStreak", () => {
  it.each([
    ["", 0, 0, 0],
    ["x", 1, 1, 0],
    ["xxxxx", 5, 5, 0],
    // the last mark is today: not done yet is pending, not missed
    ["xxxx.", 4, 4, 0],
    // one miss in any 7 days is forgiven and counted
    ["xxx.xxx", 7, 7, 1],
    // two misses 7 days apart: both forgiven
    ["xx.xxxxxx.xx", 12, 12, 2],
    // two misses 6 days apart: the run restarts after the first miss
    ["xx.xxxxx.xx", 8, 8, 1],
    // two misses in a row break it
    ["xxxxx..x", 1, 5, 0],
    // last done three days ago: two missed days, broken
    ["xxxxx...", 0, 5, 0],
    // last done two days ago, yesterday missed, today pending: alive
    ["xxxxx..", 5, 5, 1],
    // leading misses never start a run
    ["..x", 1, 1, 0],
  ] as const)("%j: current %i, longest %i, forgiven %i", (marks, current, longest, forgiven) => {
    const streak = computeStreak(pattern(marks as string), TODAY);
    expect([streak.current, streak.longest, streak.forgiven]).toEqual([current, longest, forgiven]);
  });

  it("names the first day of the current run", () => {
    expect(computeStreak(pattern("xx.xxxxx.xx"), TODAY).since).toBe("2026-05-13");
    expect(computeStreak(pattern("xxxxx..x"), TODAY).since).toBe("2026-05-20");
    expect(computeStreak([], TODAY).since).toBeUndefined();
  });

  it("ignores days after today and duplicates", () => {
    const dates = [...pattern("xxx"), addDays(TODAY, 1), TODAY];
    expect(computeStreak(dates, TODAY)).toEqual({
      current: 3,
      longest: 3,
      since: "2026-05-18",
      forgiven: 0,
    });
  });

  it("keeps the longest of several runs", () => {
    expect(computeStreak(pattern("xxxxxxxxxx..xxx"), TODAY)).toEqual({
      current: 3,
      longest: 10,
      since: "2026-05-18",
      forgiven: 0,
    });
  });
});
