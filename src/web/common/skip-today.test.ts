import { describe, expect, it } from "vitest";
import { addDays, fromDayNumber } from "../../core/time/local-date.ts";
import { type SkipToday, sameSkip } from "./skip-today.ts";

const day = fromDayNumber(20_000);
const none: SkipToday = { day, zones: [], reason: "breakout" };
const two: SkipToday = { ...none, zones: ["masseter", "forehead"] };

describe("sameSkip", () => {
  it("holds entries with the same day, reason and zones in order the same", () => {
    expect(sameSkip(none, { ...none })).toBe(true);
    expect(sameSkip(two, { ...none, zones: ["masseter", "forehead"] })).toBe(true);
  });

  it("tells entries apart by day, reason or zones", () => {
    expect(sameSkip(none, { ...none, day: addDays(day, 1) })).toBe(false);
    expect(sameSkip(none, { ...none, reason: "sunburn" })).toBe(false);
    expect(sameSkip(none, { ...none, zones: ["masseter"] })).toBe(false);
    expect(sameSkip(two, { ...none, zones: ["forehead", "masseter"] })).toBe(false);
  });
});
