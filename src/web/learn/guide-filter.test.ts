import { describe, expect, it } from "vitest";
import { countText, matchesGuide, queryWords } from "./guide-filter.ts";

const text = "sunscreen basics zinc oxide is often better tolerated";

describe("guide filter", () => {
  it("splits a query into lower-case words", () => {
    expect(queryWords("  Zinc, OXIDE! ")).toEqual(["zinc", "oxide"]);
    expect(queryWords("")).toEqual([]);
  });

  it("needs the tag and every query word", () => {
    expect(matchesGuide(["routine"], text, { tag: "", query: "" })).toBe(true);
    expect(matchesGuide(["routine"], text, { tag: "routine", query: "zinc oxide" })).toBe(true);
    expect(matchesGuide(["routine"], text, { tag: "tools", query: "" })).toBe(false);
    expect(matchesGuide(["routine"], text, { tag: "", query: "zinc titanium" })).toBe(false);
  });

  it("matches no query while the words are not loaded", () => {
    expect(matchesGuide(["routine"], undefined, { tag: "", query: "zinc" })).toBe(false);
    expect(matchesGuide(["routine"], undefined, { tag: "routine", query: "" })).toBe(true);
  });

  it("counts in words", () => {
    expect([0, 1, 7].map(countText)).toEqual(["No guide matches.", "1 guide", "7 guides"]);
  });
});
