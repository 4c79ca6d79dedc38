import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/i18n/locales.ts";
import { TECHNIQUE_IDS } from "../core/model/techniques.ts";
import { RAW_CATALOGS, translatorFor } from "../i18n/node-translator.ts";
import { checkClaims } from "../site/check-claims.ts";
import { TECHNIQUE_TEXT_SHAPES, techniqueText } from "./technique-texts.ts";

describe("technique texts", () => {
  it("state every benefit within its grade in every language, with the marker the page renders as a badge", () => {
    for (const locale of LOCALES) {
      const t = translatorFor(locale);
      for (const id of TECHNIQUE_IDS) {
        const text = techniqueText(id, t);
        for (const b of text.benefits)
          expect(checkClaims(`${b.text} [claim:${b.claim}]`, locale), `${locale} ${id}`).toEqual(
            [],
          );
        const rest = [text.purpose, ...text.steps, ...text.avoid].join("\n\n");
        expect(checkClaims(rest, locale), `${locale} ${id}`).toEqual([]);
      }
    }
  });

  it("have exactly the parts their shape names in the catalog, no more", () => {
    const parts = Object.keys(RAW_CATALOGS.en).filter((k) => k.startsWith("learn.technique."));
    const expected = TECHNIQUE_IDS.flatMap((id) => {
      const s = TECHNIQUE_TEXT_SHAPES[id];
      const n = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
      return [
        `learn.technique.${id}.purpose`,
        ...s.benefits.map((c) => `learn.technique.${id}.benefit.${c}`),
        ...n(s.steps).map((i) => `learn.technique.${id}.step.${i}`),
        ...n(s.avoid).map((i) => `learn.technique.${id}.avoid.${i}`),
      ];
    });
    expect(parts.sort()).toEqual(expected.sort());
  });

  it("fill the passes a line takes and the cheek's lines in the page's language", () => {
    expect(techniqueText("roller", translatorFor("en")).steps[3]).toBe(
      "Work line by line: 5 to 8 passes along one line, then the next. A cheek has three lines: from the edge of the jaw to the earlobe; from beside the nose, under the cheekbone, to the middle of the ear; over the cheekbone to the temple.",
    );
    expect(techniqueText("gua-sha", translatorFor("de")).steps[2]).toMatch(/^.* 3 bis 5 /);
    expect(techniqueText("roller", translatorFor("es")).steps[3]).toContain(
      "de 5 a 8 pasadas por una línea y luego la siguiente. La mejilla tiene tres líneas: del borde de la mandíbula al lóbulo de la oreja;",
    );
  });

  it("give each technique steps and something to avoid", () => {
    for (const id of TECHNIQUE_IDS) {
      expect(TECHNIQUE_TEXT_SHAPES[id].steps, id).toBeGreaterThanOrEqual(3);
      expect(TECHNIQUE_TEXT_SHAPES[id].avoid, id).toBeGreaterThanOrEqual(2);
    }
  });
});
