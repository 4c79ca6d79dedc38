import { describe, expect, it } from "vitest";
import { formatClock, formatDay, usesTwelveHourClock, weekdayNames } from "./format-date.ts";

describe("formatDay", () => {
  it("writes a German date with the day's full stop and the month's name", () => {
    expect(formatDay("de", "2026-11-08")).toBe("8. November 2026");
    expect(formatDay("de", "2026-03-01", "medium")).toBe("1. März 2026");
    expect(formatDay("de", "2026-11-03", "weekday")).toBe("Dienstag, 3. November");
  });

  it("writes Spanish and English dates day first", () => {
    expect(formatDay("es", "2026-11-08")).toBe("8 de noviembre de 2026");
    expect(formatDay("es", "2026-11-03", "weekday")).toBe("martes, 3 de noviembre");
    expect(formatDay("en", "2026-11-08")).toBe("8 November 2026");
    expect(formatDay("en", "2026-11-03", "weekday")).toBe("Tuesday 3 November");
  });

  it("keeps the day whatever the device's time zone, since a local date has none", () => {
    expect(formatDay("en", "2026-01-01")).toBe("1 January 2026");
    expect(formatDay("en", "2026-12-31")).toBe("31 December 2026");
  });
});

describe("weekdayNames", () => {
  it("names the days Sunday first, in the language", () => {
    expect(weekdayNames("de")).toEqual([
      "Sonntag",
      "Montag",
      "Dienstag",
      "Mittwoch",
      "Donnerstag",
      "Freitag",
      "Samstag",
    ]);
    expect(weekdayNames("es", "short")[3]).toBe("mié");
    expect(weekdayNames("en")[6]).toBe("Saturday");
  });
});

describe("formatClock", () => {
  it("writes times on the 24-hour clock all three languages use", () => {
    expect(formatClock("de", 19, 0)).toBe("19:00");
    expect(formatClock("es", 21, 5)).toBe("21:05");
    expect(formatClock("en", 7, 30)).toBe("07:30");
    for (const l of ["en", "es", "de"] as const) expect(usesTwelveHourClock(l)).toBe(false);
  });
});
