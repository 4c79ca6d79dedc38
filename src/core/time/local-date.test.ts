import { describe, expect, it } from "vitest";
import {
  addDays,
  dayNumber,
  diffDays,
  fromDayNumber,
  isLocalDate,
  type LocalDate,
  parseLocalDate,
  weekday,
} from "./local-date.ts";

const d = (text: string): LocalDate => {
  const date = parseLocalDate(text);
  if (date === undefined) throw new Error(`bad test date ${text}`);
  return date;
};

describe("parseLocalDate", () => {
  it.each([
    ["2026-03-29", "2026-03-29"],
    ["2024-02-29", "2024-02-29"],
    ["2026-02-29", undefined],
    ["2026-13-01", undefined],
    ["2026-04-31", undefined],
    ["2026-4-1", undefined],
    ["2026-03-29T00:00", undefined],
    ["", undefined],
    [20260329, undefined],
    [null, undefined],
  ])("%j -> %j", (input, expected) => {
    expect(parseLocalDate(input)).toBe(expected);
    expect(isLocalDate(input)).toBe(expected !== undefined);
  });
});

describe("day arithmetic", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayNumber(d("1970-01-01"))).toBe(0);
    expect(dayNumber(d("2026-03-29"))).toBe(20541);
    expect(fromDayNumber(20541)).toBe("2026-03-29");
  });

  it("adds days across month, year and leap-day ends", () => {
    expect(addDays(d("2026-03-28"), 1)).toBe("2026-03-29");
    expect(addDays(d("2026-03-29"), 1)).toBe("2026-03-30");
    expect(addDays(d("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addDays(d("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(d("2026-03-01"), -1)).toBe("2026-02-28");
    expect(addDays(d("2026-11-01"), 14)).toBe("2026-11-15");
  });

  it("measures whole days between dates, signed", () => {
    expect(diffDays(d("2026-03-28"), d("2026-03-30"))).toBe(2);
    expect(diffDays(d("2026-03-30"), d("2026-03-28"))).toBe(-2);
    expect(diffDays(d("2025-12-31"), d("2026-12-31"))).toBe(365);
  });

  it("gives the weekday with 0 for Sunday", () => {
    expect(weekday(d("2026-03-29"))).toBe(0);
    expect(weekday(d("2026-03-30"))).toBe(1);
    expect(weekday(d("2026-11-07"))).toBe(6);
    expect(weekday(d("1969-12-31"))).toBe(3);
  });
});
