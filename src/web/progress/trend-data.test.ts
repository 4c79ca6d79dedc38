import { describe, expect, it } from "vitest";
import type { CheckinBody } from "../../core/progress/checkin.ts";
import { checkinBody } from "../../core/progress/test-fixtures.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { ProgressData } from "./progress-data.ts";
import { chartSeries, datedScores } from "./trend-data.ts";

const d = (s: string) => s as LocalDate;
const rec = (id: string, body: CheckinBody): LocalRecord<CheckinBody> => ({
  id,
  kind: "checkin",
  version: "0000000000000001-0000-dev",
  deleted: false,
  body,
  dirty: 1,
  updatedAt: 0,
});

const data: ProgressData = {
  sessions: [],
  checkins: [
    rec("a", checkinBody({ ratings: { puffiness: 4 } })),
    rec("b", checkinBody({ ratings: { puffiness: 2, radiance: 3 } })),
    rec("c", checkinBody({ ratings: { radiance: 5 } })),
  ],
  sessionDays: [],
  checkinDays: [d("2026-03-01"), d("2026-03-01"), d("2026-03-03")],
  timeZone: "UTC",
  today: d("2026-03-04"),
  consistency: {
    days: [{ date: d("2026-03-02"), seconds: 390, am: false, pm: true, weekly: false, done: true }],
    streak: { current: 1, longest: 1, forgiven: 0 },
    weekly: {
      from: d("2026-02-26"),
      to: d("2026-03-04"),
      minutes: 7,
      target: { min: 35, max: 70 },
      status: "below",
    },
    habitScore: 10,
  },
};

describe("trend chart data", () => {
  it("dates each rating by its check-in's practice day, as a score (5 = better)", () => {
    // Stored puffiness 4 (puffy) and 2 (a little) are scores 2 and 4; radiance keeps its number.
    expect(datedScores(data, "puffiness")).toEqual([
      { date: "2026-03-01", score: 2 },
      { date: "2026-03-01", score: 4 },
    ]);
    expect(datedScores(data, "radiance").map((s) => s.score)).toEqual([3, 5]);
  });

  it("has one point per day to today: the day's mean rating, and minutes as bars", () => {
    expect(chartSeries(datedScores(data, "puffiness"), data)).toEqual({
      x: [1_772_323_200, 1_772_409_600, 1_772_496_000, 1_772_582_400],
      rating: [3, null, null, null],
      minutes: [null, 7, null, null],
    });
  });
});
