import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import type { LocalDate } from "../time/local-date.ts";
import { dayInWords, heatMap } from "./heat-map.ts";

const en = translatorFor("en");

const d = (s: string) => s as LocalDate;

describe("heatMap", () => {
  // 2026-03-04 is a Wednesday.
  const days = [
    { date: d("2026-03-02"), am: true, pm: true, seconds: 600 },
    { date: d("2026-03-03"), am: false, pm: true, seconds: 330 },
    { date: d("2025-12-15"), am: true, pm: false, seconds: 300 },
    { date: d("2025-12-14"), am: true, pm: false, seconds: 300 },
  ];
  const map = heatMap(days, d("2026-03-04"), en);

  it("spans 12 Monday-first weeks ending with the week of today", () => {
    expect(map.from).toBe("2025-12-15");
    expect(map.to).toBe("2026-03-08");
    expect(map.weeks).toHaveLength(12);
    expect(map.weeks.every((w) => w.length === 7)).toBe(true);
    expect(dayInWords(map.from, en)).toBe("Monday 15 December");
  });

  it("splits each day into morning and evening halves, with words for screen readers", () => {
    const last = map.weeks[11] ?? [];
    expect(last[0]).toEqual({
      date: "2026-03-02",
      am: true,
      pm: true,
      minutes: 10,
      future: false,
      label: "Monday 2 March: morning and evening, 10 min",
    });
    expect(last[1]?.label).toBe("Tuesday 3 March: evening only, 6 min");
    expect(last[2]?.label).toBe("Wednesday 4 March: no session");
    expect(last[3]).toMatchObject({ future: true, label: "Thursday 5 March: still to come" });
  });

  it("counts morning and evening days inside the grid only", () => {
    expect(map.amDays).toBe(2);
    expect(map.pmDays).toBe(2);
  });
});
