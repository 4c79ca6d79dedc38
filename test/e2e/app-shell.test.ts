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
