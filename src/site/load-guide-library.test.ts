import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../core/i18n/locales.ts";
import { RAW_CATALOGS } from "../i18n/node-translator.ts";
import { loadGuideLibrary } from "./load-guide-library.ts";
import { GuideCheckError } from "./load-guides.ts";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const guidesDir = fileURLToPath(new URL("../content/guides", import.meta.url));

describe("loadGuideLibrary", () => {
  it("reads each translation in its language, its links and badges leading to that language", () => {
    const { sets, written } = loadGuideLibrary(fixture("good"));
    expect(written).toEqual(["en", "es"]);
    // German is not translated here: it gets the English guides, and no pages of its own.
    expect(sets.de).toBe(sets.en);
    const first = sets.es.guides.find((g) => g.slug === "first");
    expect(first?.relatedGuides).toEqual([{ slug: "second", title: "Segunda" }]);
    expect(first?.html).toContain('<a href="/es/learn/guides/second#dos">segunda guía</a>');
    expect(first?.html).toContain(
      '<a class="grade-badge grade-b" href="/es/learn/evidence#circulation" aria-label="Nivel de evidencia B para «Mejora la circulación»: ver la evidencia">B</a>',
    );
    expect(sets.es.search.find((s) => s.slug === "first")?.text).toContain("flujo sanguíneo");
  });

  it("fails on an overclaim in any language and on a translation without its English guide", () => {
    let problems: readonly string[] = [];
    try {
      loadGuideLibrary(fixture("translations"));
    } catch (e) {
      if (!(e instanceof GuideCheckError)) throw e;
      problems = e.problems;
    }
    expect(problems).toEqual([
      'es/detox.md:10: "Un masaje diario elimina toxinas ." states a grade D claim as fact (the evidence is against it or absent)',
      "de/extra.md: no English extra.md",
      'de/detox.md:10: "Eine tägliche Massage leitet Giftstoffe aus ." states a grade D claim as fact (the evidence is against it or absent)',
    ]);
  });

  it("has every guide in every language, and a label in every catalog for each tag", () => {
    const { sets, written } = loadGuideLibrary(guidesDir);
    expect(written).toEqual(LOCALES);
    const tags = new Set(sets.en.guides.flatMap((g) => g.tags));
    for (const locale of LOCALES) {
      expect(sets[locale].guides.map((g) => g.tags)).toEqual(sets.en.guides.map((g) => g.tags));
      for (const tag of tags)
        expect(RAW_CATALOGS[locale], tag).toHaveProperty([`learn.tag.${tag}`]);
    }
  });
});
