import { describe, expect, it } from "vitest";
import { addDays, type LocalDate } from "../time/local-date.ts";
import { habitScore } from "./habit-score.ts";
import { weeklyMinutes } from "./weekly-minutes.ts";

const TODAY = "2026-05-20" as LocalDate;

/** Seconds per day from a list read left to right, ending today. */
const days = (seconds: readonly number[]): Map<LocalDate, number> =>
  new Map(seconds.map((s, i) => [addDays(TODAY, i - seconds.length + 1), s]));

describe("habitScore", () => {
  it.each([
    [[], 0],
    [[300], 10],
    [[300, 300], 19],
    [Array(10).fill(300), 65],
    [Array(30).fill(300), 96],
    [Array(10).fill(600), 65],
    [Array(10).fill(150), 33],
    // the last entry is today: 0 there is pending, so only the days before it are missed
    [[...Array(10).fill(300), 0], 65],
    [[...Array(10).fill(300), 0, 0], 59],
    [[...Array(10).fill(300), 0, 0, 0], 53],
    [[...Array(10).fill(300), ...Array(60).fill(0)], 1],
  ])("%j -> %i", (seconds, expected) => {
    expect(habitScore(days(seconds), TODAY)).toBe(expected);
  });

  it("does not count today against the score before today's practice", () => {
    const tenDaysToYesterday = new Map(
      [...days(Array(10).fill(300))].map(([d, s]) => [addDays(d, -1), s]),
    );
    expect(habitScore(tenDaysToYesterday, TODAY)).toBe(65);
  });

  it("rises with every practised day and falls with every missed one, staying within 1..100", () => {
    const history: number[] = [];
    let previous = 0;
    for (let i = 0; i < 40; i++) {
      history.push(300);
      const score = habitScore(days(history), TODAY);
      expect(score).toBeGreaterThanOrEqual(previous);
      expect(score).toBeLessThanOrEqual(100);
      previous = score;
    }
    for (let i = 0; i < 20; i++) {
      history.push(0);
      const score = habitScore(days([...history, 0]), TODAY);
      expect(score).toBeLessThan(previous);
      expect(score).toBeGreaterThanOrEqual(1);
      previous = score;
    }
  });
});

describe("weeklyMinutes", () => {
  it.each([
    [[], 0, "below"],
    [Array(7).fill(300), 35, "within"],
    [Array(7).fill(600), 70, "within"],
    [Array(7).fill(660), 77, "above"],
    [[...Array(10).fill(600), 0, 0, 0, 0, 0, 0, 0], 0, "below"],
    [[600, 600, 600, 0, 0, 0, 0, 0, 0], 10, "below"],
    [[600, 0, 0, 0, 0, 0, 0], 10, "below"],
  ] as const)("%j -> %i minutes, %s", (seconds, minutes, status) => {
    const week = weeklyMinutes(days(seconds), TODAY);
    expect([week.minutes, week.status, week.from, week.to]).toEqual([
      minutes,
      status,
      "2026-05-14",
      TODAY,
    ]);
    expect(week.target).toEqual({ min: 35, max: 70 });
  });
});
