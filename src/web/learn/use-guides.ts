import { signal } from "@preact/signals";
import { Action, type Problem } from "../common/action.ts";
import type { GuideEntry } from "./guide-types.ts";

const loaded = signal<readonly GuideEntry[] | null>(null);
const texts = signal<ReadonlyMap<string, string> | null>(null);

// Each download runs once; a failed one shows its problem, whose retry downloads again.
const loadGuides = new Action("load the guides", async () => {
  loaded.value = (await import("virtual:nura-guides")).guides;
});
const loadTexts = new Action("load the words to search the guides", async () => {
  const m = await import("virtual:nura-guide-search");
  texts.value = new Map(m.searchTexts.map((s) => [s.slug, s.text]));
});
let guidesRequested = false;
let textsRequested = false;

/** The guides, loaded once as their own chunk (null until then), so the app's first load stays small. */
export function useGuides(): readonly GuideEntry[] | null {
  if (!guidesRequested) {
    guidesRequested = true;
    loadGuides.run();
  }
  return loaded.value;
}

/** The lower-cased words of each guide for search, by slug; loaded on first use. */
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
