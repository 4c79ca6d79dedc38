import { describe, expect, it } from "vitest";
import type { LocalDate } from "../time/local-date.ts";
import { utcOffsetMinutes, zonedEpoch } from "../time/zoned-epoch.ts";
import { dailyMoment, isWeeklyDay } from "./time-of-day.ts";

const at = (iso: string): number => Date.parse(iso);

describe("dailyMoment", () => {
  it("switches from morning to evening at 2 p.m. on the wall clock, before and after Berlin's spring change", () => {
    // 28 March 2026: CET (+01:00). 12:59Z is 13:59 local, 13:00Z is 14:00 local.
    expect(dailyMoment(at("2026-03-28T12:59:00Z"), "Europe/Berlin").slot).toBe("am");
    expect(dailyMoment(at("2026-03-28T13:00:00Z"), "Europe/Berlin").slot).toBe("pm");
    // 29 March 2026: CEST (+02:00) from 01:00Z. 11:59Z is 13:59 local, 12:00Z is 14:00 local.
    expect(dailyMoment(at("2026-03-29T11:59:00Z"), "Europe/Berlin").slot).toBe("am");
    expect(dailyMoment(at("2026-03-29T12:00:00Z"), "Europe/Berlin").slot).toBe("pm");
    // The same UTC time as the day before, 12:30Z, is now afternoon.
    expect(dailyMoment(at("2026-03-28T12:30:00Z"), "Europe/Berlin").slot).toBe("am");
    expect(dailyMoment(at("2026-03-29T12:30:00Z"), "Europe/Berlin").slot).toBe("pm");
  });

  it("keeps the switch at 2 p.m. across New York's autumn change", () => {
    // 31 Oct 2026 EDT (-04:00): 14:00 local = 18:00Z. 1 Nov EST (-05:00): 14:00 local = 19:00Z.
    expect(dailyMoment(at("2026-10-31T17:59:00Z"), "America/New_York").slot).toBe("am");
    expect(dailyMoment(at("2026-10-31T18:00:00Z"), "America/New_York").slot).toBe("pm");
    expect(dailyMoment(at("2026-11-01T18:30:00Z"), "America/New_York").slot).toBe("am");
    expect(dailyMoment(at("2026-11-01T19:00:00Z"), "America/New_York").slot).toBe("pm");
  });

  it("counts the small hours as the evening of the day before, through the repeated hour", () => {
    // 1 Nov 2026, 01:30 happens twice in New York; both belong to the evening of 31 October.
    const first = dailyMoment(at("2026-11-01T05:30:00Z"), "America/New_York");
    const second = dailyMoment(at("2026-11-01T06:30:00Z"), "America/New_York");
    expect(first).toEqual({ slot: "pm", day: "2026-10-31", weekday: 6 });
    expect(second).toEqual({ slot: "pm", day: "2026-10-31", weekday: 6 });
    // 04:00 EST is 09:00Z: the morning of Sunday 1 November.
    expect(dailyMoment(at("2026-11-01T09:00:00Z"), "America/New_York")).toEqual({
      slot: "am",
      day: "2026-11-01",
      weekday: 0,
    });
  });

  it("puts the weekly routine on its weekday in local time, not in UTC", () => {
    // Sunday 29 March 2026 in Berlin: the practice day starts at 04:00 CEST = 02:00Z (clocks jumped at 01:00Z).
    expect(isWeeklyDay(at("2026-03-29T02:00:00Z"), "Europe/Berlin", 0)).toBe(true); // 04:00 CEST Sunday
    expect(isWeeklyDay(at("2026-03-29T01:30:00Z"), "Europe/Berlin", 0)).toBe(false); // 03:30 CEST, still Saturday night
    expect(isWeeklyDay(at("2026-03-29T01:30:00Z"), "Europe/Berlin", 6)).toBe(true);
    // In New York the same instant, 2026-03-08T15:00Z, is Sunday 11:00 EDT.
    expect(isWeeklyDay(at("2026-03-08T15:00:00Z"), "America/New_York", 0)).toBe(true);
  });
});

describe("zonedEpoch", () => {
  it("finds the instant of a wall-clock time on ordinary and daylight-saving days", () => {
    expect(
      new Date(zonedEpoch("2026-03-28" as LocalDate, 7, 30, "Europe/Berlin")).toISOString(),
    ).toBe("2026-03-28T06:30:00.000Z");
    expect(
      new Date(zonedEpoch("2026-03-29" as LocalDate, 7, 30, "Europe/Berlin")).toISOString(),
    ).toBe("2026-03-29T05:30:00.000Z");
    expect(
      new Date(zonedEpoch("2026-10-25" as LocalDate, 7, 30, "Europe/Berlin")).toISOString(),
    ).toBe("2026-10-25T06:30:00.000Z");
    expect(
      new Date(zonedEpoch("2026-03-08" as LocalDate, 21, 0, "America/New_York")).toISOString(),
    ).toBe("2026-03-09T01:00:00.000Z");
  });

  it("moves a skipped time forward and takes the earlier of a repeated time", () => {
    // 02:30 does not exist in Berlin on 29 March 2026: it rings at 03:30 CEST = 01:30Z.
    expect(
      new Date(zonedEpoch("2026-03-29" as LocalDate, 2, 30, "Europe/Berlin")).toISOString(),
    ).toBe("2026-03-29T01:30:00.000Z");
    // 01:30 happens twice in New York on 1 Nov 2026: the first is 05:30Z (EDT).
    expect(
      new Date(zonedEpoch("2026-11-01" as LocalDate, 1, 30, "America/New_York")).toISOString(),
    ).toBe("2026-11-01T05:30:00.000Z");
  });

  it("reads offsets on both sides of a change", () => {
    expect(utcOffsetMinutes(at("2026-03-29T00:59:00Z"), "Europe/Berlin")).toBe(60);
    expect(utcOffsetMinutes(at("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe(120);
    expect(utcOffsetMinutes(at("2026-11-01T06:00:00Z"), "America/New_York")).toBe(-300);
    expect(utcOffsetMinutes(at("2026-11-01T05:59:00Z"), "America/New_York")).toBe(-240);
  });
});
