import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./support/suite.ts";

describe("the built app served by nura serve", () => {
  const suite = useServerAndBrowser();

  it("shows the app shell with its heading and navigation, without console errors", async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const res = await page.goto(suite.server.url);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["cache-control"]).toBe("no-cache");
    // A fresh profile starts at onboarding, which says what Nura is, without the navigation.
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe("Welcome to Nura");
    await expect.poll(() => page.title()).toBe("Welcome · Nura");
    expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    await page.getByRole("button", { name: "Get started" }).click();
    await page.getByRole("button", { name: "Skip the rest" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe("Today · Nura");
    expect(await page.getByRole("link", { name: "Nura home" }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("shows Nura's icon and name from the page itself until the app draws, then only the app", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    // The app's code held back: what a slow first load shows before it arrives. The icon is drawn
    // from the page itself, with no request of its own.
    await page.route("**/assets/*.js", (route) => route.abort());
    const images: string[] = [];
    page.on("request", (req) => {
      if (req.resourceType() === "image") images.push(req.url());
    });
    await page.goto(suite.server.url);
    const splash = page.locator(".boot-splash");
    await expect.poll(() => splash.isVisible()).toBe(true);
    const box = await splash.locator("svg").boundingBox();
    if (!box) throw new Error("the splash's icon has no box");
    // Centred in the phone's first screen.
    expect(Math.abs(box.x + box.width / 2 - 195)).toBeLessThan(2);
    expect(box.y).toBeGreaterThan(200);
    expect(box.y + box.height).toBeLessThan(844);
    expect(await splash.textContent()).toContain("Nura");
    expect(images).toEqual([]);
    await page.unrouteAll();
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await splash.isVisible()).toBe(false);
  });

  it("draws the not-found screen for an unknown page address", async () => {
    const page = await suite.browser.context.newPage();
    const res = await page.goto(`${suite.server.url}/no/such/page`);
    expect(res?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
    await expect.poll(() => page.title()).toBe("Page not found · Nura");
  });

  it("answers /healthz with the SQLite store", async () => {
    const res = await fetch(`${suite.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "sqlite" });
  });
});
