import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import {
  LEVELS,
  levelOf,
  levelsOf,
  levelWords,
  MEASURES,
  SCORES,
  scoreOf,
  scoresOf,
} from "./checkin.ts";

const en = translatorFor("en");

describe("scores (5 = better) over stored levels", () => {
  it("turns a stored level into a score and back unchanged, for every measure", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEASURES), fc.constantFrom(...LEVELS), (m, level) => {
        expect(levelOf(m, scoreOf(m, level))).toBe(level);
        expect(SCORES).toContain(scoreOf(m, level));
      }),
    );
  });

  it("gives back a whole check-in's stored ratings unchanged through its scores", () => {
    const ratings = fc.record(
      Object.fromEntries(MEASURES.map((m) => [m, fc.constantFrom(...LEVELS)])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(ratings, (r) => {
        expect(levelsOf(scoresOf(r))).toEqual(r);
      }),
    );
    expect(scoresOf({ puffiness: 2, radiance: 2 })).toEqual({ puffiness: 4, radiance: 2 });
  });

  it("keeps the order of stored levels or reverses it, per measure", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEASURES),
        fc.constantFrom(...LEVELS),
        fc.constantFrom(...LEVELS),
        (m, a, b) => {
          fc.pre(a < b);
          const less = ["puffiness", "tension", "breakouts"].includes(m);
          expect(scoreOf(m, a) < scoreOf(m, b)).toBe(!less);
        },
      ),
    );
  });

  it("reads a stored record of the first format with its meaning: puffiness 1 was none", () => {
    // Written by every app before scores: 1 = no puffiness, 5 = very dull skin etc.
    const stored = { puffiness: 1, tension: 5, breakouts: 2, radiance: 1, firmness: 4 } as const;
    const shown = MEASURES.map((m) => levelWords(m, scoreOf(m, stored[m]), en));
    expect(shown).toEqual(["Not puffy", "Dull", "Springy", "Very tight", "One or two spots"]);
    expect(MEASURES.map((m) => scoreOf(m, stored[m]))).toEqual([5, 1, 4, 1, 4]);
  });

  it("words every scale from worse at 1 to better at 5", () => {
    const [worse, , , , better] = SCORES;
    if (worse === undefined || better === undefined) throw new Error("five scores");
    expect(MEASURES.map((m) => [levelWords(m, worse, en), levelWords(m, better, en)])).toEqual([
      ["Very puffy", "Not puffy"],
      ["Dull", "Glowing"],
      ["Slack", "Very springy"],
      ["Very tight", "Relaxed"],
      ["Many spots", "No spots"],
    ]);
  });
});
