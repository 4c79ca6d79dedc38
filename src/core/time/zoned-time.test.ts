import { describe, expect, it } from "vitest";
import { isTimeZone, localDateOf, wallClock } from "./zoned-time.ts";

const at = (iso: string): number => Date.parse(iso);

describe("wallClock", () => {
  it.each([
    // Berlin springs forward on 2026-03-29 at 02:00 CET -> 03:00 CEST.
    ["2026-03-29T00:30:00Z", "Europe/Berlin", "2026-03-29", 1, 30],
    ["2026-03-29T01:30:00Z", "Europe/Berlin", "2026-03-29", 3, 30],
    ["2026-03-28T23:30:00Z", "Europe/Berlin", "2026-03-29", 0, 30],
    // New York falls back on 2026-11-01 at 02:00 EDT -> 01:00 EST: 01:30 happens twice.
    ["2026-11-01T05:30:00Z", "America/New_York", "2026-11-01", 1, 30],
    ["2026-11-01T06:30:00Z", "America/New_York", "2026-11-01", 1, 30],
    ["2026-11-01T03:59:00Z", "America/New_York", "2026-10-31", 23, 59],
    ["2026-06-01T12:00:00Z", "UTC", "2026-06-01", 12, 0],
    ["2026-06-01T12:00:00Z", "Asia/Kolkata", "2026-06-01", 17, 30],
  ])("%s in %s is %s %i:%i", (iso, zone, date, hour, minute) => {
    expect(wallClock(at(iso), zone)).toEqual({ date, hour, minute });
    expect(localDateOf(at(iso), zone)).toBe(date);
  });

  it("reads midnight as hour 0, not 24", () => {
    expect(wallClock(at("2026-06-01T00:00:00Z"), "UTC").hour).toBe(0);
  });
});

describe("isTimeZone", () => {
  it.each([
    ["Europe/Berlin", true],
    ["America/New_York", true],
    ["UTC", true],
    ["Mars/Olympus", false],
    ["", false],
    [42, false],
  ])("%j -> %j", (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});
