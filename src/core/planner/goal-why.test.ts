import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { GOALS } from "../model/goals.ts";
import { goalWhy } from "./goal-recipes.ts";

const en = translatorFor("en");

/** The evidence grades a text names ("grade B/C", "Nivel C", "Evidenzgrad D"), in order. */
const grades = (text: string): string[] =>
  [...text.matchAll(/(?:[Gg]rade|[Nn]ivel|Evidenzgrad) ([A-D](?:\/[A-D])?)/g)].map(
    (m) => m[1] ?? "",
  );

describe("why each goal's plan looks as it does", () => {
  it("says it in English as the recipes always did", () => {
    expect(goalWhy("absorption", en)).toBe(
      "Massage has not been shown to help products soak in (grade D: no gain in one trial, less penetration in lab skin), so this goal changes nothing in the plan and the plan says so.",
    );
    expect(goalWhy("firmness", en)).toBe(
      "The one trial that measured firmness and contour used a roller or gua sha along the jaw and cheeks for eight weeks, with no untreated group (grade B/C), so firmness works the contour: strokes along the jawline, held points under the cheekbones (the signature), a gua sha stone along the jaw and the roller over the cheeks when owned.",
    );
  });

  it("says it in Spanish and German with the same evidence grades as the English", () => {
    for (const locale of ["es", "de"] as const) {
      const t = translatorFor(locale);
      for (const goal of GOALS) {
        const text = goalWhy(goal, t);
        expect(text, `${locale} ${goal}`).not.toBe(goalWhy(goal, en));
        expect(grades(text), `${locale} ${goal}`).toEqual(grades(goalWhy(goal, en)));
      }
    }
  });
});
