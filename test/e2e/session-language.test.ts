import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/i18n/locales.ts";
import { axeViolations } from "./support/axe.ts";
import { englishWordsIn } from "./support/english-words.ts";
import { expectOneScreen } from "./support/one-screen.ts";
import { handOver, oneMinutePlan } from "./support/player-page.ts";
import { useServerAndBrowser } from "./support/suite.ts";

/** What each language's test reads and taps: the words a person sees, not ids. */
const WORDS = {
  de: {
    title: "Abendmassage",
    serum: "Serum",
    start: "Ist aufgetragen: Los geht’s",
    noVoice: "Auf diesem Gerät gibt es keine deutsche Stimme",
    controls: ["Zurück", "Pause", "Weiter", "Beenden"],
  },
  es: {
    title: "Masaje de noche",
    serum: "Sérum",
    start: "Ya lo tengo en la piel: empezar",
    noVoice: "Este dispositivo no tiene ninguna voz en español",
    controls: ["Atrás", "Pausa", "Siguiente", "Terminar"],
  },
} as const;

/** Everything on screen a person reads or hears named: text, and the names given to controls. */
function shownText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const root = document.querySelector<HTMLElement>(sel);
    if (!root) throw new Error(`${sel} is not on the page`);
    const named = [...root.querySelectorAll("[aria-label], [title], [alt]")].flatMap((e) =>
      ["aria-label", "title", "alt"].map((a) => e.getAttribute(a) ?? ""),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is on screen (hidden text left out, blocks apart)
    return [root.innerText, ...named].join("\n");
  }, selector);
}

/** Counts what the page gives `speechSynthesis` to say, before any script of the app runs. */
async function countSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (globalThis as unknown as { said: string[] }).said = said;
    const synth = globalThis.speechSynthesis;
    if (synth) synth.speak = (u: SpeechSynthesisUtterance) => void said.push(u.text);
  });
}

/** The device's voices of `locale`'s language, once the browser has loaded its list. */
function voicesOf(page: Page, locale: Locale): Promise<number> {
  return page.evaluate(
    (lang) =>
      new Promise<number>((resolve) => {
        const count = () =>
          speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith(lang)).length;
        speechSynthesis.addEventListener("voiceschanged", () => resolve(count()), { once: true });
        setTimeout(() => resolve(count()), 2000);
      }),
    locale,
  );
}

/**
 * Opens the session in `locale` at `path` with a one-minute evening plan planned in that
 * language handed over, checks the slip-medium check and then the first step: no English on
 * screen, axe clean, the one-screen layout at 390×844, and the device's lack of a voice of the
 * language said once, in the language, never by another language's voice.
 */
async function firstStepIn(page: Page, locale: "de" | "es", url: string): Promise<void> {
  const words = WORDS[locale];
  await page.setViewportSize({ width: 390, height: 844 });
  await countSpeech(page);
  await page.goto(url);
  await page.locator(".session-empty").waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
  await handOver(page, oneMinutePlan(locale, words.title));
  await page.reload();
  await page.getByRole("heading", { name: words.title, level: 1 }).waitFor();
  const before = await shownText(page, ".before-start");
  expect(englishWordsIn(before), before).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  const voices = await voicesOf(page, locale);
  const notice = page.getByText(words.noVoice);
  // Headless Chromium usually has no voices at all; the notice follows what the device has.
  await expect.poll(() => notice.count()).toBe(voices === 0 ? 1 : 0);

  await page.getByRole("radio", { name: words.serum, exact: true }).check();
  await page.getByRole("button", { name: words.start }).click();
  await page.locator(".player[data-status=running]").waitFor({ timeout: 10_000 });
  await page.locator(".running .face-art").waitFor();
  // The session's own screen (the shell's skip link, off screen until focused, is not its part).
  const running = await shownText(page, ".player");
  expect(englishWordsIn(running), running).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await expectOneScreen(page, { width: 390, height: 844 }, words.controls);

  // Said before the start, and not again at each step.
  expect(await notice.count()).toBe(0);
  await page.getByRole("button", { name: words.controls[2], exact: true }).click();
  await expect.poll(() => page.locator(".running__where").textContent()).toMatch(/2/);
  expect(await notice.count()).toBe(0);
  const said = await page.evaluate(() => (globalThis as unknown as { said: string[] }).said);
  if (voices === 0) expect(said).toEqual([]);
  else expect(said.length).toBeGreaterThan(0);
}

describe("a session in German, from its address", () => {
  const suite = useServerAndBrowser();

  it("shows the first step in German only, axe clean and on one screen", async () => {
    const page = await suite.browser.context.newPage();
    await firstStepIn(page, "de", `${suite.server.url}/de/session`);
    await page.close();
  });
});

describe("a session in Spanish, from the browser's language", () => {
  const suite = useServerAndBrowser({ locale: "es-ES" });

  it("shows the first step in Spanish only, axe clean and on one screen", async () => {
    const page = await suite.browser.context.newPage();
    await firstStepIn(page, "es", `${suite.server.url}/session`);
    await page.close();
  });
});
