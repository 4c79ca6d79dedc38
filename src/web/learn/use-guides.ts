import { signal } from "@preact/signals";
import { Action, type Problem } from "../common/action.ts";
import { t } from "../i18n/language.ts";
import type { GuideEntry } from "./guide-types.ts";

const loaded = signal<readonly GuideEntry[] | null>(null);
const texts = signal<ReadonlyMap<string, string> | null>(null);

// Each download runs once, of the page's language only; a failed one shows its problem, whose
// retry downloads again.
const loadGuides = new Action(
  () => t("learn.guides.load-what"),
  async () => {
    const { loaders } = await import("virtual:nura-guides");
    loaded.value = (await inLanguage(loaders)()).guides;
  },
);
const loadTexts = new Action(
  () => t("learn.guides.search-what"),
  async () => {
    const { loaders } = await import("virtual:nura-guide-search");
    const m = await inLanguage(loaders)();
    texts.value = new Map(m.searchTexts.map((s) => [s.slug, s.text]));
  },
);

/** The page's language's loader of a module that lists one per language. */
function inLanguage<T>(loaders: Readonly<Record<string, T>>): T {
  const load = loaders[t.locale];
  if (load === undefined) throw new Error(`no guides were built for ${t.locale}`);
  return load;
}
let guidesRequested = false;
let textsRequested = false;

/**
 * The guides in the page's language, loaded once as their own chunk (null until then), so the
 * app's first load stays small.
 */
export function useGuides(): readonly GuideEntry[] | null {
  if (!guidesRequested) {
    guidesRequested = true;
    loadGuides.run();
  }
  return loaded.value;
}

/** The lower-cased words of each guide for search, by slug, in the page's language; loaded on first use. */
export function useSearchTexts(wanted: boolean): ReadonlyMap<string, string> | null {
  if (wanted && !textsRequested) {
    textsRequested = true;
    loadTexts.run();
  }
  return texts.value;
}

/**
 * Loads the guides ahead, before a pre-rendered guide page is hydrated, so the screen's first
 * render is the page itself. Rejects when they cannot be downloaded.
 */
export async function preloadGuides(): Promise<void> {
  guidesRequested = true;
  if (!(await loadGuides.attempt())) throw new Error("the guides could not be downloaded");
}

/** Gives the guides as they are (the site generator, pre-rendering Learn's pages at build time). */
export function provideGuides(guides: readonly GuideEntry[]): void {
  guidesRequested = true;
  loaded.value = guides;
}

/** Why the guides, or the words to search them, could not be downloaded, with a retry. */
export function guidesProblem(): Problem | null {
  return loadGuides.problem.value ?? loadTexts.problem.value;
}
