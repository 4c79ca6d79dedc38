import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "../core/i18n/locales.ts";
import type { GuideEntry, GuideSearchText } from "../web/learn/guide-types.ts";
import { checkClaims } from "./check-claims.ts";
import { checkLinks } from "./check-links.ts";
import { parseGuideFile } from "./front-matter.ts";
import { countWords, readMinutes } from "./read-time.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { plainText } from "./text-blocks.ts";

/** A guide needs a table of contents from this many words and sections up. */
export const TOC_MIN_WORDS = 500;
export const TOC_MIN_SECTIONS = 3;

/** Raised when guides fail their checks; the message lists every problem, one a line. */
export class GuideCheckError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Guide checks failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "GuideCheckError";
  }
}

/** Every guide, rendered and checked, plus the words search looks through. */
export interface GuideSet {
  readonly guides: readonly GuideEntry[];
  readonly search: readonly GuideSearchText[];
}

/**
 * Reads every `*.md` in `dir`, written in `locale`, renders it and runs the claims check (with
 * that language's word lists) and the link check. Throws a {@link GuideCheckError} listing every
 * problem when any check fails, each naming its file (under `<locale>/` for a translation).
 * Guides are sorted newest first, then by title.
 */
export function loadGuides(dir: string, locale: Locale = "en"): GuideSet {
  const problems: string[] = [];
  const where = locale === "en" ? "" : `${locale}/`;
  const parsed = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const slug = file.slice(0, -3);
      const source = readFileSync(join(dir, file), "utf8");
      const { meta, body } = parseGuideFile(file, source);
      const offset = bodyOffset(source);
      for (const p of checkClaims(body, locale))
        problems.push(`${where}${file}:${p.line + offset}: ${p.message}`);
      const rendered = renderMarkdown(body, locale);
      const text = plainText(body);
      return { slug, meta, rendered, text, words: countWords(text) };
    });
  const links = checkLinks(
    parsed.map((g) => ({
      slug: g.slug,
      links: g.rendered.links,
      related: g.meta.related,
      anchors: g.rendered.headings.map((h) => h.id),
    })),
  );
  problems.push(...links.map((p) => `${where}${p}`));
  if (problems.length > 0) throw new GuideCheckError(problems);
  const titles = new Map(parsed.map((g) => [g.slug, g.meta.title]));
  const guides: GuideEntry[] = parsed.map((g) => {
    const sections = g.rendered.headings.filter((h) => h.depth === 2).length;
    const long = g.words >= TOC_MIN_WORDS && sections >= TOC_MIN_SECTIONS;
    return {
      ...g.meta,
      slug: g.slug,
      words: g.words,
      readMinutes: readMinutes(g.words),
      html: g.rendered.html,
      toc: long ? g.rendered.headings : [],
      relatedGuides: g.meta.related.map((slug) => ({ slug, title: titles.get(slug) ?? slug })),
    };
  });
  // English titles compare as they always have; a translation's by its language's rules.
  const order = locale === "en" ? undefined : locale;
  guides.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, order));
  const search = parsed.map((g) => ({
    slug: g.slug,
    text: `${g.meta.title} ${g.meta.summary} ${g.text}`.toLowerCase(),
  }));
  return { guides, search };
}

/** Lines the front matter takes, so problem lines point into the file, not the body. */
function bodyOffset(source: string): number {
  const end = source.indexOf("\n---", 3);
  return end < 0 ? 0 : source.slice(0, end + 4).split("\n").length;
}
