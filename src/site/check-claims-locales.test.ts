import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { wordPattern } from "./rule-notation.ts";
import { sentences } from "./text-blocks.ts";

const es = (md: string) => checkClaims(md, "es").map((p) => p.message);
const de = (md: string) => checkClaims(md, "de").map((p) => p.message);

describe("the claims check in Spanish", () => {
  it("fails overclaims stated as fact", () => {
    expect(es("El masaje reduce la hinchazón.")).toEqual([
      '"El masaje reduce la hinchazón." states a benefit (puffiness) without its marker [claim:puffiness]',
      '"El masaje reduce la hinchazón." states a grade C claim as fact (say it may help, or that it is untested)',
    ]);
    expect(es("El masaje cura el acné.")).toEqual([
      '"El masaje cura el acné." claims curing or healing, which the evidence catalog does not support',
    ]);
    expect(
      es("Está clínicamente demostrado que mejora la circulación [claim:circulation]."),
    ).toEqual([
      '"Está clínicamente demostrado que mejora la circulación ." overstates a grade B claim',
    ]);
  });

  it("passes a hedged or denied claim, and does not read 'al menos' as a benefit", () => {
    expect(es("El masaje podría reducir la hinchazón [claim:puffiness].")).toEqual([]);
    // Bare "puede" says "can": it is no hedge.
    expect(es("El masaje puede reducir la hinchazón [claim:puffiness].")).toHaveLength(1);
    expect(es("Ningún estudio muestra que el masaje elimine toxinas [claim:toxins].")).toEqual([]);
    expect(es("Relaja la mandíbula al menos diez segundos.")).toEqual([]);
  });
});

describe("the claims check in German", () => {
  it("fails overclaims, separable verbs and compounds included", () => {
    expect(de("Massage leitet Giftstoffe aus.")).toEqual([
      '"Massage leitet Giftstoffe aus." states a benefit (toxins) without its marker [claim:toxins]',
      '"Massage leitet Giftstoffe aus." states a grade D claim as fact (the evidence is against it or absent)',
    ]);
    expect(de("Das Serum zieht dank Massage besser ein [claim:absorption].")).toEqual([
      '"Das Serum zieht dank Massage besser ein ." states a grade D claim as fact (the evidence is against it or absent)',
    ]);
    expect(de("Gua Sha strafft die Haut.")).toEqual([
      '"Gua Sha strafft die Haut." claims sculpting or lifting the face, which the evidence catalog does not support',
    ]);
    expect(de("Nachweislich weniger Stress [claim:stress].")).toEqual([
      '"Nachweislich weniger Stress ." overstates a grade B claim',
    ]);
    expect(de("Die Massage fördert die Hautdurchblutung.")).toHaveLength(1);
  });

  it("passes denials and hedges, and a particle that does not end its clause", () => {
    expect(de("Keine Studie zeigt, dass Massage Giftstoffe ausleitet [claim:toxins].")).toEqual([]);
    expect(de("Ein Roller könnte Schwellungen lindern [claim:puffiness].")).toEqual([]);
    expect(de("Zieh den Roller ein paar Mal über die Haut.")).toEqual([]);
  });
});

describe("the word-list notation", () => {
  it("matches whole words of any alphabet, with * and a clause-final particle", () => {
    expect(wordPattern(["acné"]).test("el acné.")).toBe(true);
    expect(wordPattern(["acné"]).test("acnéico")).toBe(false);
    expect(wordPattern(["ängst*"]).test("Ängstlich")).toBe(true);
    expect(wordPattern(["*durchblut*"]).test("Hautdurchblutung")).toBe(true);
    expect(wordPattern(["zieht … ein"]).test("zieht das Serum ein.")).toBe(true);
    expect(wordPattern(["zieht … ein"]).test("zieht ein Tool über die Haut")).toBe(false);
    expect("a al menos b".replace(wordPattern(["al menos"], true), " ")).toBe("a   b");
  });

  it("starts a sentence at a capital of any alphabet, ¿ or „", () => {
    expect(sentences("No. Él sí. ¿Y tú? „Ja“, sagt sie. Über 3.")).toEqual([
      "No.",
      "Él sí.",
      "¿Y tú?",
      "„Ja“, sagt sie.",
      "Über 3.",
    ]);
  });
});
