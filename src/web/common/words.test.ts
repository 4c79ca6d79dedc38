import { afterEach, describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { setTranslator } from "../i18n/language.ts";
import { clockWords, count, dayWords, durationWords } from "./words.ts";

describe("words for dates, lengths and counts", () => {
  afterEach(() => setTranslator(translatorFor("en")));

  it("says a day in words, the same in every time zone", () => {
    expect(dayWords("2026-01-05")).toBe("January 5, 2026");
    expect(dayWords("2026-01-05", "weekday")).toBe("Monday, January 5");
    expect(dayWords("2026-12-31", "short")).toBe("Dec 31");
    expect(dayWords("not a day")).toBe("not a day");
  });

  it("keeps a session's length to the second", () => {
    expect([96, 420, 390, 45, 0, 59.6].map(durationWords)).toEqual([
      "1 min 36 s",
      "7 min",
      "6 min 30 s",
      "45 s",
      "0 s",
      "1 min",
    ]);
  });

  it("counts with plural rules", () => {
    expect([count(1, "evening"), count(3, "checkin"), count(0, "session")]).toEqual([
      "1 evening",
      "3 check-ins",
      "0 sessions",
    ]);
  });

  it("says them in the page's language: German dates and 24-hour times, Spanish plurals", () => {
    setTranslator(translatorFor("de"));
    expect(dayWords("2026-01-05", "weekday")).toBe("Montag, 5. Januar");
    expect(dayWords("2026-12-31", "short")).toBe("31. Dez.");
    expect(durationWords(96)).toBe("1 Min. 36 Sek.");
    expect(clockWords(Date.UTC(2026, 0, 5, 20, 5))).toMatch(/^\d{1,2}:05$/); // no "PM"
    expect(count(3, "evening")).toBe("3 Abende");
    setTranslator(translatorFor("es"));
    expect(dayWords("2026-01-05")).toBe("5 de enero de 2026");
    expect([count(1, "session"), count(2, "session")]).toEqual(["1 sesión", "2 sesiones"]);
  });
});
