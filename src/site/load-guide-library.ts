import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../core/i18n/locales.ts";
import { GuideCheckError, type GuideSet, loadGuides } from "./load-guides.ts";

/** The guides in every language. */
export interface GuideLibrary {
  /** Each language's guides; a language whose guides are not translated yet has the English. */
  readonly sets: Readonly<Record<Locale, GuideSet>>;
  /** The languages the guides are written in: English and each translated one, in LOCALES order. */
  readonly written: readonly Locale[];
}

function problemsOf(load: () => void): readonly string[] {
  try {
    load();
  } catch (e) {
    if (e instanceof GuideCheckError) return e.problems;
    throw e;
  }
  return [];
}

const guideFiles = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".md"));

/**
 * Reads the English guides from `dir` and each other language's from `dir/<locale>/`, with the
 * same file names, each checked in its own language (claims and links). A translation must have
 * every English guide and no other. Throws one {@link GuideCheckError} listing the problems of
 * every language.
 */
export function loadGuideLibrary(dir: string): GuideLibrary {
  const problems: string[] = [];
  const found = new Map<Locale, GuideSet>();
  const english = guideFiles(dir);
  for (const locale of LOCALES) {
    const folder = locale === DEFAULT_LOCALE ? dir : join(dir, locale);
    if (!existsSync(folder)) continue;
    if (locale !== DEFAULT_LOCALE) {
      const own = guideFiles(folder);
      for (const file of english)
        if (!own.includes(file)) problems.push(`${locale}/: no translation of ${file}`);
      for (const file of own)
        if (!english.includes(file)) problems.push(`${locale}/${file}: no English ${file}`);
    }
    problems.push(
      ...problemsOf(() => {
        found.set(locale, loadGuides(folder, locale));
      }),
    );
  }
  if (problems.length > 0) throw new GuideCheckError(problems);
  const en = found.get(DEFAULT_LOCALE);
  if (!en) throw new Error(`no English guides in ${dir}`);
  const written = LOCALES.filter((l) => found.has(l));
  const sets = Object.fromEntries(LOCALES.map((l) => [l, found.get(l) ?? en]));
  return { sets: sets as Record<Locale, GuideSet>, written };
}
