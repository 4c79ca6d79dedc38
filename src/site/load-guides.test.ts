import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stepGuide } from "../core/routine/how-texts.ts";
import { PRODUCT_KINDS } from "../core/routine/product-kinds.ts";
import { translatorFor } from "../i18n/node-translator.ts";
import { GuideCheckError, loadGuides } from "./load-guides.ts";

const en = translatorFor("en");

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const guidesDir = fileURLToPath(new URL("../content/guides", import.meta.url));

function problemsOf(dir: string): readonly string[] {
  try {
    loadGuides(dir);
  } catch (e) {
    if (e instanceof GuideCheckError) return e.problems;
    throw e;
  }
  return [];
}

describe("loadGuides", () => {
  it("renders good guides newest first, with read time, related titles and heading ids", () => {
    const { guides, search } = loadGuides(fixture("good"));
    expect(guides.map((g) => g.slug)).toEqual(["second", "first"]);
    const first = guides[1];
    expect(first?.readMinutes).toBe(1);
    expect(first?.relatedGuides).toEqual([{ slug: "second", title: "Second" }]);
    expect(first?.toc).toEqual([]);
    expect(first?.html).toContain('<h2 id="one">One</h2>');
    expect(first?.html).toContain('href="/learn/evidence#circulation"');
    expect(first?.html).toContain(">B</a>");
    expect(search.find((s) => s.slug === "first")?.text).toContain("blood flow in the skin rises");
  });

  it("fails the build on broken links and related slugs, naming each", () => {
    expect(problemsOf(fixture("broken-link"))).toEqual([
      'only.md: broken link /learn/guides/missing: no guide "missing"',
      "only.md: broken link #nowhere: no heading #nowhere in this guide",
      'only.md: related guide "gone" does not exist',
    ]);
  });

  it("fails the build on a guide that claims more than the evidence", () => {
    expect(problemsOf(fixture("overclaim"))).toEqual([
      'toxins.md:10: "A daily massage removes toxins and boosts collagen ." states a grade B/C claim as fact (say it may help, or that it is untested)',
      'toxins.md:10: "A daily massage removes toxins and boosts collagen ." states a benefit (toxins) without its marker [claim:toxins]',
      'toxins.md:10: "A daily massage removes toxins and boosts collagen ." states a grade D claim as fact (the evidence is against it or absent)',
    ]);
  });

  it("passes the real guides: at least seven, each substantial, long ones with contents", () => {
    const { guides } = loadGuides(guidesDir);
    expect(guides.length).toBeGreaterThanOrEqual(7);
    for (const g of guides) {
      expect(g.words, g.slug).toBeGreaterThanOrEqual(600);
      expect(g.toc.length, g.slug).toBeGreaterThanOrEqual(3);
      expect(g.relatedGuides.length, g.slug).toBeGreaterThanOrEqual(1);
    }
  });

  it("every guide a routine step links to exists, under the title the step shows", () => {
    const titles = new Map(loadGuides(guidesDir).guides.map((g) => [g.slug, g.title]));
    const linked = PRODUCT_KINDS.flatMap((k) => stepGuide(k, en) ?? []);
    expect(linked.map((g) => g.slug)).toEqual(["sunscreen-basics"]);
    for (const g of linked) expect(titles.get(g.slug)).toBe(g.title);
  });
});
