import { signal } from "@preact/signals";
import type { GuideEntry } from "../../content/guide-types.ts";

const loaded = signal<readonly GuideEntry[] | null>(null);
const texts = signal<ReadonlyMap<string, string> | null>(null);
let guidesRequested = false;
let textsRequested = false;

/** The guides, loaded once as their own chunk (null until then), so the app's first load stays small. */
export function useGuides(): readonly GuideEntry[] | null {
  if (!guidesRequested) {
    guidesRequested = true;
    void import("virtual:nura-guides").then((m) => {
      loaded.value = m.guides;
    });
  }
  return loaded.value;
}

/** The lower-cased words of each guide for search, by slug; loaded on first use. */
export function useSearchTexts(wanted: boolean): ReadonlyMap<string, string> | null {
  if (wanted && !textsRequested) {
    textsRequested = true;
    void import("virtual:nura-guide-search").then((m) => {
      texts.value = new Map(m.searchTexts.map((s) => [s.slug, s.text]));
    });
  }
  return texts.value;
}
