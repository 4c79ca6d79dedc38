import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { countPhrase, numberWord } from "./count-words.ts";

const en = translatorFor("en");

describe("count words", () => {
  it("says counts up to ten in words and larger ones in digits", () => {
    expect([1, 5, 10, 11, 16].map((n) => numberWord(n, en))).toEqual([
      "one",
      "five",
      "ten",
      "11",
      "16",
    ]);
  });

  it("gives every count its noun, exact for a tool and about for fingers", () => {
    expect(countPhrase({ zone: "cheeks", technique: "roller", sections: 3, reps: 5 }, en)).toBe(
      "five passes along each of three lines",
    );
    expect(countPhrase({ zone: "forehead", technique: "gua-sha", sections: 6, reps: 4 }, en)).toBe(
      "four strokes along each of three lines on each side",
    );
    expect(countPhrase({ zone: "under-eyes", technique: "roller", sections: 1, reps: 8 }, en)).toBe(
      "eight passes",
    );
    expect(
      countPhrase({ zone: "temples", technique: "small-circles", sections: 1, reps: 16 }, en),
    ).toBe("about 16 circles");
    expect(
      countPhrase({ zone: "brows", technique: "pressure-points", sections: 1, reps: 1 }, en),
    ).toBe("about one hold");
    expect(countPhrase({ zone: "masseter", technique: "kneading", sections: 1 }, en)).toBe("");
  });
});
