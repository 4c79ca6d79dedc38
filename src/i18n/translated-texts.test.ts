import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/i18n/locales.ts";
import { SLOTS } from "../core/model/slots.ts";
import { countPhrase } from "../core/planner/count-words.ts";
import { shortenedNote } from "../core/planner/plan-notes.ts";
import { planSession } from "../core/planner/plan-session.ts";
import { procedureEffects } from "../core/safety/procedures.ts";
import { readReminderSettings } from "../core/setup/reminder-settings.ts";
import { readRoutineBody } from "../core/setup/routine-body.ts";
import type { LocalDate } from "../core/time/local-date.ts";
import { RAW_CATALOGS, translatorFor } from "./node-translator.ts";

const es = translatorFor("es");
const de = translatorFor("de");

describe("messages in Spanish and German", () => {
  it("gives Spanish counts their singular and plural", () => {
    const roller = { zone: "cheeks", technique: "roller", sections: 1 } as const;
    expect(countPhrase({ ...roller, reps: 1 }, es)).toBe("una pasada");
    expect(countPhrase({ ...roller, reps: 6 }, es)).toBe("seis pasadas");
    expect(countPhrase({ ...roller, reps: 12, sections: 3 }, es)).toBe(
      "12 pasadas por cada una de las tres líneas",
    );
    expect(countPhrase({ ...roller, reps: 1 }, de)).toBe("ein Durchgang");
  });

  it("says how long a shortened session lasts in the language's words for time", () => {
    expect(shortenedNote(450, 10, 1, es).message).toContain(
      "dura 7 minutos y 30 segundos en lugar de 10 minutos",
    );
    expect(shortenedNote(61, 2, 3, de).message).toMatch(
      /^Die drei Bewegungen, .* dauert diese Sitzung 1 Minute und 1 Sekunde statt 2 Minuten\./,
    );
  });

  it("writes the days in a safety reason out in the language, not as ISO dates", () => {
    const peel = [{ kind: "peel-medium" as const, date: "2026-04-01" as LocalDate }];
    const on = "2026-04-04" as LocalDate;
    expect(procedureEffects(peel, on, de).stops[0]?.message).toMatch(
      /^Ein mittleres chemisches Peeling am 1\. April 2026: Keine Massage bis zum 15\. April 2026,/,
    );
    expect(procedureEffects(peel, on, es).stops[0]?.message).toContain(
      "el 1 de abril de 2026: nada de masaje hasta el 15 de abril de 2026,",
    );
  });

  it("says in the language what a damaged stored record lost", () => {
    expect(readRoutineBody({ steps: [{ kind: "lotion?" }] }, "am", de)?.notices).toEqual([
      "Ein Schritt dieser Routine ließ sich nicht lesen und wurde weggelassen.",
    ]);
    expect(readReminderSettings({ times: { pm: "25:99" } }, es).problems).toEqual([
      "No se pudo leer la hora del recordatorio de la noche.",
    ]);
  });

  it("plans every slot in every language with no message id or unfilled placeholder left", () => {
    for (const locale of LOCALES) {
      const t = translatorFor(locale);
      for (const slot of SLOTS) {
        const result = planSession(
          { slot, minutes: 12, medium: "serum", date: "2026-11-25", goals: ["absorption"] },
          t,
        );
        if (!result.ok) throw new Error(result.error.message);
        const texts = [
          ...result.plan.steps.flatMap((s) => [s.direction, ...s.cues.map((c) => c.text)]),
          ...result.plan.notes.map((n) => n.message),
        ];
        for (const text of texts) {
          expect(text, `${locale} ${slot}`).not.toMatch(/[{}]|\b[a-z]+\.[a-z-]+\.[a-z0-9.-]+\b/);
          expect(text.length, `${locale} ${slot}`).toBeGreaterThan(3);
        }
        if (locale !== "en") {
          const en = new Set(Object.values(RAW_CATALOGS.en));
          expect(
            texts.filter((x) => en.has(x) && /\s/.test(x)),
            `${locale} ${slot}`,
          ).toEqual([]);
        }
      }
    }
  });
});
