import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/chromium.ts";
import { englishLines } from "./support/english-text.ts";
import { useServerAndBrowser } from "./support/suite.ts";

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Waits until the app has started and hydrated the page (its filters show once they work). */
async function appStarted(page: Page): Promise<void> {
  // The app's entry, which the page names, has been added (src/web/start-after-paint.ts).
  await page.waitForFunction(() => {
    const entry = document.querySelector('meta[name="nura-app"]')?.getAttribute("content");
    return [...document.scripts].some((s) => entry && s.src.endsWith(entry));
  });
  await page.waitForLoadState("networkidle");
}

const cases = [
  {
    locale: "es",
    guide: "rollers-and-gua-sha",
    title: "Rodillo facial y gua sha, siempre con suavidad",
    readTime: "6 min de lectura",
    technique: { id: "roller", name: "Pasadas de rodillo", avoid: "Qué evitar" },
    search: { word: "celulitis", title: "Errores comunes y cómo masajearte con seguridad" },
    learn: "Aprende",
    cortisol: "Baja el cortisol: nivel D",
  },
  {
    locale: "de",
    guide: "rollers-and-gua-sha",
    title: "Gesichtsroller und Gua Sha, sanft angewendet",
    readTime: "6 Min. Lesezeit",
    technique: { id: "tap", name: "Tippen", avoid: "Was du vermeiden solltest" },
    search: { word: "phlegmone", title: "Häufige Fehler und wie du sicher massierst" },
    learn: "Wissen",
    cortisol: "Senkt Cortisol: Evidenzgrad D",
  },
] as const;

describe("Learn in Spanish and German", () => {
  const suite = useServerAndBrowser();

  for (const c of cases) {
    it(`serves the pre-rendered ${c.locale} guide with its language, hreflang alternates and title`, async () => {
      const res = await fetch(`${suite.server.url}/${c.locale}/learn/guides/${c.guide}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${c.locale}">`);
      expect(html).toContain(`<title>${c.title} · Nura</title>`);
      expect(html).toContain(`<h1>${c.title}</h1>`);
      expect(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(
          (m) => `${m[1]} ${m[2]}`,
        ),
      ).toEqual([
        `en /learn/guides/${c.guide}`,
        `es /es/learn/guides/${c.guide}`,
        `de /de/learn/guides/${c.guide}`,
        `x-default /learn/guides/${c.guide}`,
      ]);
    });

    // Once the service worker runs, it may answer a guide's address with the app's shell, which
    // draws the same guide: lang, title and text are checked on screen, the alternates above.
    it(`shows a guide in ${c.locale} with no English on screen, axe clean`, async () => {
      const page = await suite.browser.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${suite.server.url}/${c.locale}/learn/guides/${c.guide}`);
      await appStarted(page);
      expect(page.url()).toBe(`${suite.server.url}/${c.locale}/learn/guides/${c.guide}`);
      expect(await lang(page)).toBe(c.locale);
      expect(await page.title()).toBe(`${c.title} · Nura`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(c.title);
      expect(await page.locator(".read-time").textContent()).toBe(c.readTime);
      expect(await englishLines(page, "main")).toEqual([]);
      expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`shows a technique page in ${c.locale} with no English on screen, axe clean`, async () => {
      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.server.url}/${c.locale}/learn/techniques/${c.technique.id}`);
      await page.getByRole("heading", { level: 2, name: c.technique.avoid }).waitFor();
      expect(await lang(page)).toBe(c.locale);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(c.technique.name);
      expect(await page.title()).toBe(`${c.technique.name} · Nura`);
      expect(await englishLines(page, "main")).toEqual([]);
      expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
      await page.close();
    });

    it(`shows Learn and the evidence page in ${c.locale}, grades and citations kept`, async () => {
      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.server.url}/${c.locale}/learn`);
      await page.getByRole("heading", { level: 1, name: c.learn }).waitFor();
      expect(await englishLines(page, "main")).toEqual([]);
      await page.goto(`${suite.server.url}/${c.locale}/learn/evidence#cortisol`);
      expect(await page.locator("#cortisol h3").textContent()).toBe(c.cortisol);
      // The studies' citations stay as published; everything else is in the page's language.
      expect(await page.locator("#circulation li a").count()).toBeGreaterThan(0);
      expect(await englishLines(page, "main :is(h1, h2, h3, p, dd)")).toEqual([]);
      expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
      await page.close();
    });

    it(`searches the ${c.locale} guides in ${c.locale}`, async () => {
      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.server.url}/${c.locale}/learn/guides`);
      await appStarted(page);
      await page.locator("#guide-search").fill(c.search.word);
      await expect
        .poll(() => page.locator(".guide-card:visible h2").allTextContents())
        .toEqual([c.search.title]);
      expect(await englishLines(page, "main")).toEqual([]);
      await page.close();
    });
  }

  it("finds English where there is English (the check above can fail)", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/guides/${cases[0].guide}`);
    await page
      .getByRole("heading", { level: 1, name: "Rollers and gua sha, used gently" })
      .waitFor();
    expect(await lang(page)).toBe("en");
    expect((await englishLines(page, "main")).length).toBeGreaterThan(10);
    await page.close();
  });

  it("works offline in German after a first visit to a German guide", async () => {
    const fresh = await launchBrowser();
    try {
      const page = await fresh.context.newPage();
      await page.goto(`${suite.server.url}/de/learn/guides/sunscreen-basics`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await fresh.context.setOffline(true);
      await page.reload();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        "Das Wichtigste zum Sonnenschutz, dem letzten Schritt am Morgen",
      );
      expect(await lang(page)).toBe("de");
      await page.goto(`${suite.server.url}/de/learn/techniques/tap`);
      await page.getByRole("heading", { level: 2, name: "Was du vermeiden solltest" }).waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tippen");
    } finally {
      await fresh.close();
    }
  });
});
