import type { Page } from "playwright-core";

/**
 * Words only English uses among Nura's three languages: none is a word of Spanish or German
 * ("in", "was", "die", "also", "an" are left out for that reason).
 */
const ENGLISH_ONLY = new Set([
  "the",
  "and",
  "of",
  "to",
  "your",
  "you",
  "with",
  "is",
  "are",
  "this",
  "that",
  "for",
  "from",
  "it",
  "not",
  "what",
  "how",
  "each",
  "loading",
  "read",
  "guides",
]);

/**
 * The lines of visible text in the elements `selector` finds that read as English: two or more
 * English-only words, or one in a line of three words or fewer (a button, a heading). Brand
 * names pass.
 */
export async function englishLines(page: Page, selector = "body"): Promise<string[]> {
  // The text on screen, hidden parts left out, a line per block.
  const texts = await page.locator(selector).allInnerTexts();
  return texts
    .join("\n")
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => {
      const words = line
        .toLowerCase()
        .split(/[^\p{L}']+/u)
        .filter(Boolean);
      const english = words.filter((w) => ENGLISH_ONLY.has(w)).length;
      return english >= 2 || (english === 1 && words.length <= 3);
    });
}
