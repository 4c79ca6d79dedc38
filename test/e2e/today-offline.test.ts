import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard, runMassage } from "./support/today-page.ts";

describe("offline and install", () => {
  const suite = useServerAndBrowser();

  it("serves a manifest with a name, a theme colour and PNG icons, maskable included", async () => {
    const res = await fetch(`${suite.server.url}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as {
      name: string;
      short_name: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest.short_name).toBe("Nura");
    expect(manifest.theme_color).toBe("#2f5d50");
    expect(manifest.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`)).toEqual([
      "/icon-192.png 192x192 any",
      "/icon-512.png 512x512 any",
      "/icon-maskable-512.png 512x512 maskable",
      "/icon.svg any any",
    ]);
    for (const icon of manifest.icons.filter((i) => i.src.endsWith(".png"))) {
      const png = new Uint8Array(
        await (await fetch(`${suite.server.url}${icon.src}`)).arrayBuffer(),
      );
      const view = new DataView(png.buffer);
      // PNG signature, then the IHDR chunk's width and height at bytes 16 and 20.
      expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
      expect(`${view.getUint32(16)}x${view.getUint32(20)}`).toBe(icon.sizes);
    }
  });

  it("after the first load, opens Today and runs a session with the network cut", async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.clock.install({ time: new Date("2026-03-25T19:00:00") });
    await onboard(page, suite.server.url, { pm: 1 });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    // The service worker has cached the app once it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page
      .getByText("Nura is saved on this device and works offline.")
      .waitFor({ state: "attached" });

    await suite.browser.context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
      expect(await page.getByRole("radio", { name: "Evening" }).isChecked()).toBe(true);
      // The network really is gone: the server cannot be reached from the page.
      expect(
        await page.evaluate(() =>
          fetch("/healthz").then(
            () => "reached",
            () => "unreachable",
          ),
        ),
      ).toBe("unreachable");
      await runMassage(page, "Evening massage", 60);
      await page.getByRole("link", { name: "Done" }).click();
      await page.getByText("Done: you finished this routine's massage today.").waitFor();
      // A guide pre-rendered by Learn opens offline too.
      await page.goto(`${suite.server.url}/learn/guides/`);
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    } finally {
      await suite.browser.context.setOffline(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the update prompt", () => {
  // A copy of the built app, so this test can "deploy" a new version without touching the build.
  const webDir = mkdtempSync(join(tmpdir(), "nura-web-"));
  const suite = useServerAndBrowser({
    env: () => {
      const built =
        process.env.NURA_WEB_DIR ?? fileURLToPath(new URL("../../dist/web", import.meta.url));
      cpSync(built, webDir, { recursive: true });
      return { NURA_WEB_DIR: webDir };
    },
  });

  afterAll(() => {
    rmSync(webDir, { recursive: true, force: true });
  });

  it("offers a new version when one is deployed, and reloads into it when accepted", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url);
    await page.getByRole("heading", { name: "Welcome to Nura" }).waitFor();
    await page
      .getByText("Nura is saved on this device and works offline.")
      .waitFor({ state: "attached" });
    expect(await page.getByText("A new version of Nura is ready.").count()).toBe(0);
    // A later visit: the page is now controlled by the installed version.
    await page.reload();
    await page.getByRole("heading", { name: "Welcome to Nura" }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    appendFileSync(join(webDir, "sw.js"), "\n// the next version\n");
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.getByText("A new version of Nura is ready.").waitFor();
    await page.evaluate(() => {
      (window as unknown as { before: boolean }).before = true;
    });
    await Promise.all([
      page.waitForEvent("load"),
      page.getByRole("button", { name: "Update now" }).click(),
    ]);
    await page.getByRole("heading", { name: "Welcome to Nura" }).waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { before?: boolean }).before),
    ).toBeUndefined();
    expect(await page.getByText("A new version of Nura is ready.").count()).toBe(0);
    await page.close();
  });
});
