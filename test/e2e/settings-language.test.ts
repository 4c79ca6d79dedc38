import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useServerAndBrowser } from "./support/suite.ts";

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe("the app's language", () => {
  const suite = useServerAndBrowser();

  it("follows the language chosen in Settings, on this page and on the next visit", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/settings`);
    await page.getByRole("heading", { name: "Language", level: 2 }).waitFor();
    expect(await lang(page)).toBe("en");
    await page.getByLabel("Language of the app").selectOption("de");
    await page.getByRole("button", { name: "Use this language" }).click();
    await page.waitForURL(`${suite.server.url}/de/settings`);
    await page.getByRole("heading", { name: "Sprache", level: 2 }).waitFor();
    expect(await lang(page)).toBe("de");
    expect(await page.getByLabel("Sprache der App").inputValue()).toBe("de");
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
    // An address without a prefix follows the saved choice.
    await page.goto(`${suite.server.url}/settings`);
    await page.getByRole("heading", { name: "Sprache", level: 2 }).waitFor();
    expect(await lang(page)).toBe("de");
    await page.getByLabel("Sprache der App").selectOption("en");
    await page.getByRole("button", { name: "Diese Sprache verwenden" }).click();
    await page.getByRole("heading", { name: "Language", level: 2 }).waitFor();
    expect(await lang(page)).toBe("en");
    await page.close();
  });
});

describe("a first visit", () => {
  const suite = useServerAndBrowser({ locale: "es-MX" });

  it("follows the browser's languages until a language is chosen", async () => {
    const page = await suite.browser.context.newPage();
    const catalogs: string[] = [];
    page.on("request", (r) => {
      const found = /\/assets\/(en|es|de)-([a-z]+)-[\w-]+\.js$/.exec(r.url());
      if (found?.[1]) catalogs.push(`${found[1]} ${found[2]}`);
    });
    await page.goto(`${suite.server.url}/settings`);
    await page.getByRole("heading", { name: "Idioma", level: 2 }).waitFor();
    // Only the chosen language's catalog is downloaded, and only the groups Settings says.
    expect(catalogs.sort()).toEqual(["es base", "es core", "es settings"]);
    expect(await lang(page)).toBe("es");
    expect(await page.getByLabel("Idioma de la app").inputValue()).toBe("es");
    await page.close();
  });
});
