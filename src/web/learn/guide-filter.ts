import { t } from "../i18n/language.ts";

/** What a reader filters the guide list by. */
export interface GuideFilter {
  /** A tag, or "" for every tag. */
  readonly tag: string;
  /** Free text; every word must occur in the guide's title, summary or body. */
  readonly query: string;
}

/** The query split into lower-case words. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 0);
}

/**
 * True when a guide passes the filter. `text` is its lower-cased searchable text; while that is
 * not loaded yet (undefined), a query matches nothing rather than everything.
 */
export function matchesGuide(
  tags: readonly string[],
  text: string | undefined,
  filter: GuideFilter,
): boolean {
  if (filter.tag !== "" && !tags.includes(filter.tag)) return false;
  const words = queryWords(filter.query);
  if (words.length === 0) return true;
  return text !== undefined && words.every((w) => text.includes(w));
}

/** "3 guides" / "1 guide" / "No guide matches.", in the page's language. */
export function countText(n: number): string {
  return t("learn.guides.count", { count: n });
}
