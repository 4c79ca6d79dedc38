import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServerAndFreshBrowser } from "./support/suite.ts";

/** The files `/`'s page names for the browser to fetch early, as paths. */
function hinted(html: string): string[] {
  return [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
}

/**
 * Opens `/` and waits for the heading `heading`: the page's hinted files, and the scripts the
 * browser fetched until then, each as a path.
 */
async function openStart(page: Page, url: string, heading: string) {
  const scripts: string[] = [];
  page.on("request", (req) => {
    if (req.resourceType() === "script") scripts.push(new URL(req.url()).pathname);
  });
  const res = await page.goto(url);
  const html = (await res?.text()) ?? "";
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  return { hints: hinted(html), scripts: [...new Set(scripts)], entry };
}

describe("the start page of /", () => {
  const suite = useServerAndFreshBrowser();

  it("names every file the first screen needs, and only those, for a first visit and once set up", async () => {
    const context = suite.browser.context;
    const page = await context.newPage();
    // A first visit: the welcome, in English.
    const first = await openStart(page, suite.server.url, "Welcome to Nura");
    expect(first.hints.some((h) => /\/welcome-[\w-]+\.js$/.test(h))).toBe(true);
    expect(first.hints.some((h) => /\/en-welcome-[\w-]+\.js$/.test(h))).toBe(true);
    expect(first.hints.some((h) => /\/today-[\w-]+\.js$/.test(h))).toBe(false);
    // Nothing the welcome fetched before it drew was left for the app to find on its own, and
    // nothing named went unused.
    expect(first.scripts.filter((s) => s !== first.entry).sort()).toEqual([...first.hints].sort());
    const startCookie = async () =>
      (await context.cookies()).find((c) => c.name === "nura-start")?.value;
    await expect.poll(startCookie).toBe("welcome.en");
    await page.getByRole("button", { name: "Get started" }).click();
    await page.getByRole("button", { name: "Skip the rest" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    // Today tells the server what `/` opens on this device now.
    await expect
      .poll(async () => (await context.cookies()).find((c) => c.name === "nura-start"))
      .toMatchObject({ value: "today.en", sameSite: "Lax", path: "/" });
    // A cold load: no service worker, caches or HTTP cache, only the device's records and cookie.
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const key of await caches.keys()) await caches.delete(key);
    });
    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await page.close();

    const today = await openStart(await context.newPage(), suite.server.url, "Today");
    expect(today.hints.some((h) => /\/today-[\w-]+\.js$/.test(h))).toBe(true);
    expect(today.hints.some((h) => /\/en-programmes-[\w-]+\.js$/.test(h))).toBe(true);
    expect(today.scripts.filter((s) => s !== today.entry).sort()).toEqual([...today.hints].sort());
  });
});
