import { describe, expect, it } from "vitest";
import { counted, noun, pluralForm } from "./plural.ts";

describe("plurals through Intl.PluralRules", () => {
  it("uses the singular for one and the plural otherwise", () => {
    const evening = noun("evening");
    expect([0, 1, 2, 11, 21].map((n) => counted(n, evening))).toEqual([
      "0 evenings",
      "1 evening",
      "2 evenings",
      "11 evenings",
      "21 evenings",
    ]);
    expect(counted(1, noun("check-in"))).toBe("1 check-in");
    expect(pluralForm(1.5, noun("minute"))).toBe("minutes");
  });

  it("falls back to the other form for a category the noun does not give", () => {
    expect(counted(1, { other: "sheep" })).toBe("1 sheep");
    expect(counted(3, noun("body", "bodies"))).toBe("3 bodies");
  });
});
