import { afterEach, describe, expect, it } from "vitest";
import { programmeDay } from "../../core/programme/programme-days.ts";
import { PROGRAMMES } from "../../core/programme/programmes.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import { setTranslator } from "../i18n/language.ts";
import { adherenceText, dayText, statusHeadline } from "./programme-status-text.ts";

const day = (n: number) => {
  const d = programmeDay(PROGRAMMES.deep, n);
  if (d === undefined) throw new Error("no day");
  return d;
};

describe("programme status words", () => {
  it("says where the person is", () => {
    expect(statusHeadline({ status: "active", day: day(9), total: 56 })).toBe("Day 9 of 56");
    expect(statusHeadline({ status: "paused", nextDay: 5, total: 14 })).toBe(
      "Paused before day 5 of 14",
    );
    expect(statusHeadline({ status: "finished", total: 35 })).toBe("Finished all 35 days");
    expect(statusHeadline({ status: "not-started", startsIn: 1 })).toBe("Starts tomorrow");
  });

  it("says what the day asks for", () => {
    expect(dayText(day(9))).toBe("Today: 3 minutes, cheeks, jawline and forehead.");
    expect(dayText(day(16))).toBe(
      "Today: 5 minutes, eyes and drainage, and 7 minutes of drainage this evening with your tools.",
    );
    expect(dayText(day(36))).toBe(
      "Today: 10 minutes, cheeks, jawline and forehead, with your tools.",
    );
    expect(dayText(day(18))).toBe("A rest day: resting is part of the programme.");
    expect(adherenceText({ practiceDays: 8, done: 6, missed: 2 })).toBe(
      "6 of 8 practice days done so far; rest days do not count.",
    );
  });

  it("says the day in German and Spanish, with their plural forms", () => {
    setTranslator(translatorFor("de"));
    expect(statusHeadline({ status: "not-started", startsIn: 3 })).toBe("Beginnt in 3 Tagen");
    expect(dayText(day(16))).toBe(
      "Heute: 5 Minuten Augen und Drainage, und heute Abend 7 Minuten Drainage mit deinen Tools.",
    );
    expect(adherenceText({ practiceDays: 1, done: 0, missed: 1 })).toBe(
      "0 von 1 Übungstag bisher geschafft; Ruhetage zählen nicht mit.",
    );
    setTranslator(translatorFor("es"));
    expect(dayText(day(36))).toBe(
      "Hoy: 10 minutos de mejillas, mandíbula y frente, con tus herramientas.",
    );
    expect(statusHeadline({ status: "not-started", startsIn: 1 })).toBe("Empieza mañana");
  });

  afterEach(() => setTranslator(translatorFor("en")));
});
