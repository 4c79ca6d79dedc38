import { describe, expect, it } from "vitest";
import type { LocalDate } from "../time/local-date.ts";
import { programmeDay, programmeDays } from "./programme-days.ts";
import { PROGRAMME_IDS, PROGRAMMES } from "./programmes.ts";

const days = (id: "start" | "habit" | "deep") =>
  programmeDays(PROGRAMMES[id], "2026-03-02" as LocalDate);
const numbers = (list: readonly { day: number }[]) => list.map((d) => d.day);

describe("programme days (domain notes, section 8)", () => {
  it("start: 14 days of 3 minutes, hands only, pressure up to 2, check-ins on days 1 and 14", () => {
    const all = days("start");
    expect(all.map((d) => [d.date, d.main?.minutes])).toHaveLength(14);
    expect(all[0]?.date).toBe("2026-03-02");
    expect(all[13]?.date).toBe("2026-03-15");
    expect(all.every((d) => !d.rest && d.main?.minutes === 3 && d.main.tools === false)).toBe(true);
    expect(all.every((d) => d.main?.maxPressure === 2 && d.evening === undefined)).toBe(true);
    expect(numbers(all.filter((d) => d.checkIn))).toEqual([1, 14]);
    expect(all.slice(0, 4).map((d) => [d.main?.focus, d.main?.goals])).toEqual([
      ["eyes", ["puffiness"]],
      ["jaw", ["tension"]],
      ["cheeks", ["glow"]],
      ["eyes", ["puffiness"]],
    ]);
  });

  it("habit: weeks 3-5 add 5 minutes a day, three evening drainage sessions with tools, one rest day a week", () => {
    const build = days("habit").filter((d) => d.stage === "build");
    expect(numbers(build)).toEqual(Array.from({ length: 21 }, (_, i) => 15 + i));
    expect(numbers(build.filter((d) => d.rest))).toEqual([18, 25, 32]);
    expect(numbers(build.filter((d) => d.evening !== undefined))).toEqual([
      16, 19, 21, 23, 26, 28, 30, 33, 35,
    ]);
    expect(build.find((d) => d.day === 16)).toMatchObject({
      main: { minutes: 5, tools: false },
      evening: { minutes: 7, focus: "drainage", goals: ["puffiness"], tools: true },
    });
    expect(build.every((d) => d.main?.maxPressure === undefined)).toBe(true);
    expect(numbers(days("habit").filter((d) => d.checkIn))).toEqual([1, 14, 35]);
    expect(days("habit").at(-1)).toMatchObject({ day: 35, date: "2026-04-05", rest: false });
  });

  it("deep: weeks 6-8 are 10 minutes five days a week with tools, two rest days a week", () => {
    const extend = days("deep").filter((d) => d.stage === "extend");
    expect(numbers(extend.filter((d) => d.rest))).toEqual([38, 41, 45, 48, 52, 55]);
    expect(extend.filter((d) => !d.rest).every((d) => d.main?.minutes === 10 && d.main.tools)).toBe(
      true,
    );
    expect(numbers(days("deep").filter((d) => d.checkIn))).toEqual([1, 14, 35, 56]);
    expect(days("deep").at(-1)?.rest).toBe(false);
  });

  it("every programme: days in order, a session exactly on non-rest days, nothing outside", () => {
    for (const id of PROGRAMME_IDS) {
      const programme = PROGRAMMES[id];
      const all = days(id);
      expect(numbers(all)).toEqual(Array.from({ length: programme.days }, (_, i) => i + 1));
      for (const d of all) expect(d.main === undefined).toBe(d.rest);
      // Tools never come before the third week.
      expect(all.filter((d) => d.day <= 14).some((d) => d.main?.tools || d.evening?.tools)).toBe(
        false,
      );
      expect(programmeDay(programme, 0)).toBeUndefined();
      expect(programmeDay(programme, programme.days + 1)).toBeUndefined();
      expect(programmeDay(programme, 1.5)).toBeUndefined();
    }
  });

  it("weekly minutes follow the study doses: 21, then about 35 plus evenings, then 50", () => {
    const week = (n: number) =>
      days("deep")
        .filter((d) => d.day > (n - 1) * 7 && d.day <= n * 7)
        .reduce((sum, d) => sum + (d.main?.minutes ?? 0) + (d.evening?.minutes ?? 0), 0);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(week)).toEqual([21, 21, 51, 51, 51, 50, 50, 50]);
  });
});
