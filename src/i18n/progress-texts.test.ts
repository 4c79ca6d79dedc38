import { describe, expect, it } from "vitest";
import { levelWords, type Score, scoreOf } from "../core/progress/checkin.ts";
import { dayInWords, heatMap } from "../core/progress/heat-map.ts";
import { trendSummary } from "../core/progress/trend.ts";
import { addDays, type LocalDate } from "../core/time/local-date.ts";
import { translatorFor } from "./node-translator.ts";

const es = translatorFor("es");
const de = translatorFor("de");
const start = "2026-03-01" as LocalDate;

/** Two scores in the first week and two in the third, all after evening sessions. */
const levels = [
  [0, 4],
  [3, 3],
  [20, 2],
  [21, 2],
].map(([day, score]) => ({ date: addDays(start, day as number), score: score as Score }));
const evenings = levels.map((l) => ({ date: l.date, slot: "pm" as const }));

describe("progress words in Spanish and German", () => {
  it("describes a trend with the language's decimal comma and session words", () => {
    expect(trendSummary("puffiness", levels, evenings, de).text).toBe(
      "Schwellung: Die Bewertungen sanken von 3,5 auf 2,0, in Richtung „Stark geschwollen“, über 3 Wochen mit Abendsitzungen.",
    );
    expect(trendSummary("tension", levels, [], es).text).toBe(
      "Tensión: las valoraciones bajaron de 3,5 a 2,0, hacia «Muy tensa», en 3 semanas sin sesiones registradas.",
    );
    expect(trendSummary("breakouts", [], [], es).text).toMatch(
      /^Aún no hay suficientes valoraciones de granos /,
    );
  });

  it("names the heat map's days and halves in the language", () => {
    expect(dayInWords("2025-12-15" as LocalDate, de)).toBe("Montag, 15. Dezember");
    const map = heatMap(
      [{ date: "2026-03-02" as LocalDate, am: true, pm: false, seconds: 300 }],
      "2026-03-04" as LocalDate,
      es,
    );
    const days = map.weeks.flat();
    expect(days.find((d) => d.date === "2026-03-02")?.label).toBe(
      "lunes, 2 de marzo: solo mañana, 5 min",
    );
    expect(days.find((d) => d.date === "2026-03-05")?.label).toBe(
      "jueves, 5 de marzo: aún por llegar",
    );
  });

  it("words the check-in's ratings in the language", () => {
    // Stored levels: tension 4 is tight, two spots is breakouts 2 (scores 2 and 4).
    expect(levelWords("tension", scoreOf("tension", 4), de)).toBe("Verspannt");
    expect(levelWords("breakouts", scoreOf("breakouts", 2), es)).toBe("Uno o dos granos");
  });
});
