import { afterEach, describe, expect, it } from "vitest";
import type { Locale } from "../../core/i18n/locales.ts";
import type { PlanStep } from "../../core/planner/plan-types.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import { coachWords } from "../camera/coach/coach-words.ts";
import { stepAlt } from "../face-art/step-alt.ts";
import { setTranslator, t } from "../i18n/language.ts";
import { durationSentence, durationWords, stepWords } from "./step-words.ts";

const speak = (locale: Locale) => setTranslator(translatorFor(locale));

const roller = {
  zone: "cheeks",
  side: "both",
  technique: "roller",
  tool: "roller",
  pressure: 1,
  seconds: 30,
  reps: 5,
  sections: 3,
  cues: [],
} as unknown as PlanStep;

describe("the session's words in Spanish and German", () => {
  afterEach(() => speak("en"));

  it("names a step's side, technique and count in the page's language", () => {
    speak("de");
    expect(stepWords(roller)).toMatchObject({
      zone: "Wangen",
      side: "Beide Seiten",
      sideInline: "beide Seiten",
      technique: "Roller-Durchgänge",
    });
    speak("es");
    expect(stepWords({ ...roller, side: "center" })).toMatchObject({
      zone: "Mejillas",
      side: "Centro",
      sideInline: "centro",
    });
  });

  it("says durations with the language's units and its list word", () => {
    expect([durationWords(65), durationWords(45), durationSentence(65)]).toEqual([
      "1 min 5 secs",
      "45 secs",
      "1 minute and 5 seconds",
    ]);
    speak("de");
    expect([durationWords(65), durationWords(120), durationSentence(65)]).toEqual([
      "1 Min. 5 Sek.",
      "2 Min.",
      "1 Minute und 5 Sekunden",
    ]);
    speak("es");
    expect(durationSentence(61)).toBe("1 minuto y 1 segundo");
  });

  it("counts steps with the language's plural, never doubling an abbreviation's full stop", () => {
    speak("es");
    expect(t("session.before.summary", { steps: 1, duration: "1 min" })).toBe(
      "1 paso, 1 min en total.",
    );
    speak("de");
    expect(t("session.before.summary", { steps: 4, duration: durationWords(60) })).toBe(
      "4 Schritte, insgesamt 1 Min.",
    );
    const early = { completed: "no", done: durationWords(30), total: durationWords(60) };
    expect(t("session.finish.summary", early)).toBe(
      "Von geplanten 1 Min. hast du 30 Sek. angeleitete Massage gemacht.",
    );
  });

  it("describes the drawn face's movement in the language, with the zone's own words", () => {
    speak("de");
    expect(stepAlt({ zone: "cheeks", side: "right", technique: "roller" })).toBe(
      "Ein Gesichtsroller rollt an den Wangen, rechte Seite, von der Nase nach außen zum Ohr",
    );
    speak("es");
    expect(stepAlt({ zone: "under-eyes", side: "both", technique: "tap" })).toBe(
      "Toquecitos suaves con los dedos anulares en la zona bajo los ojos, ambos lados",
    );
  });

  it("coaches in the language", () => {
    speak("es");
    expect(coachWords({ code: "go-direction", zone: "cheeks", word: "outward" })).toBe(
      "En las mejillas, lleva cada pasada hacia fuera.",
    );
    speak("de");
    expect(
      coachWords({ code: "move-to", toward: "further-out", from: "cheeks", to: "temples" }),
    ).toBe("Etwas weiter außen: Du bist gerade an den Wangen.");
  });
});
