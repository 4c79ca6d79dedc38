import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { englishOnScreen } from "./support/english-on-screen.ts";
import { useServerAndBrowser } from "./support/suite.ts";

const PHONE = { width: 390, height: 844 } as const;

/** The words a walk through onboarding and Today taps on, per language. */
interface Walk {
  readonly locale: "de" | "es";
  /** How the language is chosen: the browser's languages, or the address's prefix. */
  readonly browser: string;
  readonly prefix: string;
  readonly start: string;
  readonly next: string;
  readonly step: (n: number) => RegExp;
  readonly goal: string;
  readonly botox: string;
  readonly serum: string;
  readonly save: string;
  readonly today: string;
  readonly startMassage: string;
  readonly skipZones: string;
}

const WALKS: readonly Walk[] = [
  {
    locale: "de",
    browser: "de-DE",
    prefix: "",
    start: "Los geht’s",
    next: "Weiter",
    step: (n) => new RegExp(`^Schritt ${n} von 6: `),
    goal: "Weniger Schwellungen",
    botox: "Botox",
    serum: "Serum",
    save: "Meine Routinen speichern",
    today: "Heute",
    startMassage: "Massage starten",
    skipZones: "Zonen heute auslassen",
  },
  {
    locale: "es",
    browser: "en-US",
    prefix: "/es",
    start: "Empezar",
    next: "Siguiente",
    step: (n) => new RegExp(`^Paso ${n} de 6: `),
    goal: "Menos hinchazón",
    botox: "Bótox",
    serum: "Sérum",
    save: "Guardar mis rutinas",
    today: "Hoy",
    startMassage: "Empezar el masaje",
    skipZones: "Omitir zonas hoy",
  },
];

/** True when the whole of the element is inside the first viewport, without a scroll. */
async function inFirstViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

/**
 * Parts of these screens that another part of the app draws and that are not on the catalogs
 * yet: the programme offer under Today (src/web/programme). Remove each once it is.
 */
const NOT_YET_TRANSLATED = [".programme-offer"];

/** What is wrong with the screen as it stands: English left on it, and axe's violations. */
async function problems(page: Page): Promise<string[]> {
  return [...(await englishOnScreen(page, NOT_YET_TRANSLATED)), ...(await axeViolations(page))];
}

for (const walk of WALKS) {
  describe(`onboarding and Today in ${walk.locale}`, () => {
    const suite = useServerAndBrowser({ locale: walk.browser });

    it("say nothing in English, pass axe, and keep the main action on a phone's first screen (the menu and the 404 too)", async () => {
      const page = await suite.browser.context.newPage();
      await page.setViewportSize(PHONE);
      await page.clock.setFixedTime(new Date("2026-03-25T08:00:00"));
      await page.goto(`${suite.server.url}${walk.prefix}/welcome`);
      const start = page.getByRole("button", { name: walk.start, exact: true });
      await start.waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(walk.locale);
      expect(await problems(page), "welcome").toEqual([]);
      expect(await inFirstViewport(start)).toBe(true);
      await start.click();
      for (let n = 1; n <= 6; n++) {
        await page.getByRole("heading", { level: 2, name: walk.step(n) }).waitFor();
        if (n === 1) await page.getByRole("checkbox", { name: walk.goal }).check();
        if (n === 3) await page.getByRole("radio", { name: walk.botox }).check();
        if (n === 4) await page.getByRole("checkbox", { name: walk.serum, exact: true }).check();
        expect(await problems(page), `step ${n}`).toEqual([]);
        if (n === 6) break;
        const next = page.getByRole("button", { name: walk.next, exact: true });
        expect(await inFirstViewport(next), `step ${n}`).toBe(true);
        await next.click();
      }
      await page.getByRole("button", { name: walk.save }).click();
      await page.getByRole("heading", { level: 1, name: walk.today }).waitFor();
      const startMassage = page.getByRole("button", { name: walk.startMassage, exact: true });
      await startMassage.waitFor();
      expect(await inFirstViewport(startMassage)).toBe(true);
      expect(await problems(page), "today").toEqual([]);
      // What Today keeps folded: the steps, the reasons and the zones to skip.
      for (const summary of await page.locator(".massage-card__more summary").all())
        await summary.click();
      await page.getByText(walk.skipZones).waitFor();
      expect(await problems(page), "today, unfolded").toEqual([]);
      // The menu and a missing page, with the navigation.
      for (const path of ["/more", "/no/such/page"]) {
        await page.goto(`${suite.server.url}${walk.prefix}${path}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        expect(await problems(page), path).toEqual([]);
      }
      await page.close();
    });
  });
}
