import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, type LocalDate } from "../time/local-date.ts";
import { computeStreak } from "./streak.ts";

const TODAY = "2026-05-20" as LocalDate;

/** The definition read literally: is [start, end] a run? */
function isRun(done: ReadonlySet<number>, start: number, end: number): boolean {
  if (!done.has(start)) return false;
  const misses: number[] = [];
  for (let d = start; d <= end; d++) if (!done.has(d)) misses.push(d);
  return misses.every((m, i) => i === 0 || m - (misses[i - 1] ?? 0) >= 7);
}

/** Brute force over every start day. */
function reference(done: ReadonlySet<number>, today: number): { current: number; longest: number } {
  const end = done.has(today) ? today : today - 1;
  const days = [...done].filter((d) => d <= end);
  let longest = 0;
  for (const s of days)
    for (const e of days) if (e >= s && isRun(done, s, e)) longest = Math.max(longest, e - s + 1);
  let current = 0;
  for (const s of days) {
    if (!isRun(done, s, end)) continue;
    const lastDone = Math.max(...days.filter((d) => d >= s));
    current = Math.max(current, lastDone - s + 1);
  }
  return { current, longest };
}

describe("computeStreak matches its definition", () => {
  it("agrees with a brute-force reading on random histories", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (marks) => {
        const dates = marks.flatMap((m, i) => (m ? [addDays(TODAY, i - marks.length + 1)] : []));
        const done = new Set(dates.map(dayNumber));
        const streak = computeStreak(dates, TODAY);
        expect({ current: streak.current, longest: streak.longest }).toEqual(
          reference(done, dayNumber(TODAY)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
