import type { Page } from "playwright-core";

/**
 * Short English words that are not words of Spanish or German (so "in", "a", "no", "an", "was", "Minute", "die",
 * "Start" or "Routine" are left out): a line that has one of them was left in English.
 */
const ENGLISH = new Set(
  (
    "the and your you with for this that these is are were of to from will be been it its " +
    "not what how when why which who or on at by have has any each every after before about " +
    "into there here can could would should please try again yes my our more less today " +
    "morning evening day days minutes step steps skip save next back loading"
  ).split(" "),
);

/** Names that stay the same in every language. */
const BRANDS = /\b(?:Nura|Gua Sha|Botox)\b/gi;

/**
 * Every piece of text the page shows or a screen reader says (the visible text, the tab's title,
 * and the labels, titles, placeholders and alternative texts of its elements) that has an
 * English word in it: none should, on a page in another language.
 */
export async function englishOnScreen(
  page: Page,
  /** Parts of the page left out (CSS selectors), whose words come from another part of the app. */
  leaveOut: readonly string[] = [],
): Promise<string[]> {
  const texts = await page.evaluate((skipped) => {
    const attributes = ["aria-label", "title", "placeholder", "alt", "aria-valuetext"];
    const hidden = skipped.flatMap((s) => [...document.querySelectorAll<HTMLElement>(s)]);
    for (const el of hidden) el.dataset.englishCheck = el.style.display;
    for (const el of hidden) el.style.display = "none";
    const spoken = [...document.querySelectorAll("*")]
      .filter((el) => !hidden.some((h) => h.contains(el)))
      .flatMap((el) => attributes.map((a) => el.getAttribute(a) ?? ""));
    // biome-ignore lint/performance/useDomNodeTextContent: what is on screen, not folded or hidden text.
    const shown = [document.title, ...document.body.innerText.split("\n"), ...spoken];
    for (const el of hidden) el.style.display = el.dataset.englishCheck ?? "";
    return shown;
  }, leaveOut);
  return texts.filter((text) =>
    text
      .replace(BRANDS, "")
      .toLowerCase()
      .split(/[^\p{L}']+/u)
      .some((word) => ENGLISH.has(word)),
  );
}
