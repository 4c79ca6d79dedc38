import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useServerAndBrowser } from "./support/suite.ts";

/** Titles of the guide cards a reader can see. */
async function visibleTitles(page: Page): Promise<string[]> {
  return page.locator(".guide-card:visible h2").allTextContents();
}

describe("Learn guides", () => {
  const suite = useServerAndBrowser();

  it("serves the pre-rendered list, readable without JavaScript", async () => {
    const res = await fetch(`${suite.server.url}/learn/guides`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>Guides</h1>");
    expect(html.match(/class="guide-card"/g)).toHaveLength(7);
    expect(html).toContain('href="/learn/guides/sunscreen-basics"');
  });

  it("fetches the app only once the pre-rendered page's text is on screen", async () => {
    const page = await suite.browser.context.newPage();
    const cdp = await suite.browser.context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    // The font held back a little, as on a slow network: the text paints once it is in (or
    // once its short wait is over), later than the page's first frames.
    await page.route("**/*.woff2", async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await page.goto(`${suite.server.url}/learn/guides/lymphatic-drainage-order`);
    const entry = await page.locator('meta[name="nura-app"]').getAttribute("content");
    if (!entry) throw new Error("the page names no app entry");
    await page.waitForFunction(
      (src) => performance.getEntriesByType("resource").some((r) => r.name.endsWith(src)),
      entry,
    );
    const [paint, fetched] = await page.evaluate(
      (src) => [
        performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
        performance.getEntriesByType("resource").find((r) => r.name.endsWith(src))?.startTime ?? -1,
      ],
      entry,
    );
    expect(fetched).toBeGreaterThanOrEqual(paint);
    await page.close();
  });

  it("draws the next screen afresh after taking over a pre-rendered page", async () => {
    // A cold load each time (no HTTP cache): with hydration, the old screen's classes stayed
    // (the hub drawn inside `section.guides`) about half the time.
    for (let i = 0; i < 3; i++) {
      const page = await suite.browser.context.newPage();
      const cdp = await suite.browser.context.newCDPSession(page);
      await cdp.send("Network.clearBrowserCache");
      await page.goto(`${suite.server.url}/learn/guides`);
      await page.getByRole("link", { name: "Learn", exact: true }).first().click();
      await page.getByRole("heading", { name: "Learn", level: 1 }).waitFor();
      const screens = await page
        .locator("main > section")
        .evaluateAll((els) => els.map((e) => e.className));
      expect({ i, screens }).toEqual({ i, screens: ["learn"] });
      await page.close();
    }
  });

  it("serves the Learn hub pre-rendered too, in each language, and the app takes it over", async () => {
    for (const [path, heading, link] of [
      ["/learn", "<h1>Learn</h1>", 'href="/learn/guides"'],
      ["/es/learn", "<h1>Aprende</h1>", 'href="/es/learn/guides"'],
    ] as const) {
      const html = await (await fetch(`${suite.server.url}${path}`)).text();
      expect({ path, heading: html.includes(heading), link: html.includes(link) }).toEqual({
        path,
        heading: true,
        link: true,
      });
    }
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn`);
    expect(await page.title()).toBe("Learn · Nura");
    // Taken over: the app, not the browser, follows the link (the page's window stays).
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => Object.assign(window, { sameWindow: true }));
    await page.locator("main").getByRole("link", { name: "Guides", exact: true }).click();
    await page.getByRole("heading", { name: "Guides", level: 1 }).waitFor();
    expect(await page.evaluate(() => "sameWindow" in window)).toBe(true);
    await page.close();
  });

  it("filters the guide list by tag", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/guides`);
    await page.getByRole("radio", { name: "drainage" }).check();
    expect(await visibleTitles(page)).toEqual(["The lymphatic drainage order, step by step"]);
    expect(await page.locator(".guide-count").textContent()).toBe("1 guide");
    expect(await page.getByRole("radio", { name: "drainage" }).isChecked()).toBe(true);
    // One group: the arrow keys move the choice, and choosing one unchooses the other.
    await page.getByRole("radio", { name: "drainage" }).press("ArrowLeft");
    expect(await page.getByRole("radio", { name: "drainage" }).isChecked()).toBe(false);
    await page.getByRole("radio", { name: "all" }).check();
    expect(await visibleTitles(page)).toHaveLength(7);
    await page.close();
  });

  it("finds a guide by a word that only its body contains", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/guides`);
    // "hairline" is in the sunscreen guide's body, not in any title or summary.
    await page.getByLabel("Search guides").fill("hairline");
    await expect
      .poll(() => visibleTitles(page))
      .toEqual(["Sunscreen basics, the last step of the morning"]);
    await page.getByLabel("Search guides").fill("no-such-word-anywhere");
    await expect.poll(() => page.locator(".guide-count").textContent()).toBe("No guide matches.");
    await page.close();
  });

  it("shows a guide with date, author, read time, contents and related guides", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/guides/lymphatic-drainage-order`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "The lymphatic drainage order, step by step",
    );
    const readTime = page.locator(".read-time");
    expect(await readTime.textContent()).toBe("4 min read");
    expect(await readTime.getAttribute("title")).toBe("at 200 words a minute");
    expect(await page.locator(".guide-meta time").textContent()).toBe("8 November 2026");
    expect(
      await page.getByRole("navigation", { name: "Contents" }).getByRole("link").count(),
    ).toBeGreaterThanOrEqual(5);
    const related = page.getByRole("complementary", { name: "Related guides" }).getByRole("link");
    expect(await related.allTextContents()).toEqual([
      "What facial self-massage does for your skin, and what it does not",
      "Rollers and gua sha, used gently",
      "Morning and evening routines, with the massage step",
    ]);
    const badge = page
      .getByRole("link", { name: /Evidence grade C for "Reduces puffiness"/ })
      .first();
    expect(await badge.getAttribute("href")).toBe("/learn/evidence#puffiness");
    await page.close();
  });

  it("opens a guide inside the app from the Learn hub, with the same read time", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn`);
    await page.getByRole("link", { name: "Guides", exact: true }).first().click();
    await page.getByRole("link", { name: "Rollers and gua sha, used gently" }).click();
    await expect.poll(() => page.locator(".read-time").textContent()).toBe("6 min read");
    expect(new URL(page.url()).pathname).toBe("/learn/guides/rollers-and-gua-sha");
    await expect.poll(() => page.title()).toBe("Rollers and gua sha, used gently · Nura");
    await page.close();
  });

  it("filters by tag and searches bodies in the in-app list too", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn`);
    await page.getByRole("link", { name: "Guides", exact: true }).first().click();
    await page.getByRole("radio", { name: "tools" }).check();
    expect(await visibleTitles(page)).toEqual(["Rollers and gua sha, used gently"]);
    await page.getByRole("radio", { name: "all" }).check();
    await page.getByLabel("Search guides").fill("hairline");
    await expect
      .poll(() => visibleTitles(page))
      .toEqual(["Sunscreen basics, the last step of the morning"]);
    await page.close();
  });

  it("gives the pre-rendered pages the same main navigation as the app", async () => {
    const page = await suite.browser.context.newPage();
    // Every link in the markup, the ones a desktop hides (Menu) and a phone hides (Account,
    // Settings) included.
    const navLinks = () => page.locator('nav[aria-label="Main"] a').allTextContents();
    await page.goto(`${suite.server.url}/learn`);
    await page.getByRole("heading", { name: "Learn", level: 1 }).waitFor();
    const app = await navLinks();
    // The pre-rendered file itself, as the server sends it (a page load here would be answered
    // by the service worker with the app shell).
    const html = await (
      await page.request.get(`${suite.server.url}/learn/guides/sunscreen-basics`)
    ).text();
    const nav = /<nav [^>]*aria-label="Main"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? "";
    // Each link's words, without its icon's markup.
    const staticLinks = [...nav.matchAll(/<a [^>]*>(.*?)<\/a>/gs)].map((m) =>
      (m[1] ?? "").replace(/<[^>]*>/g, ""),
    );
    expect(staticLinks).toEqual(app);
    // The brand, the phone's four tabs and Menu, and the side bar's Account and Settings.
    expect(app).toEqual([
      "Nura",
      "Today",
      "Routines",
      "Progress",
      "Learn",
      "Menu",
      "Account",
      "Settings",
    ]);
    await page.close();
  });

  it("has no axe violations on the guide list and a guide", async () => {
    const page = await suite.browser.context.newPage();
    for (const path of ["/learn/guides", "/learn/guides/self-massage-for-skin"]) {
      await page.goto(`${suite.server.url}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });
});
