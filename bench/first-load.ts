import { gzipSync } from "node:zlib";
import { launchBrowser } from "../test/e2e/support/chromium.ts";
import { startNura } from "../test/e2e/support/nura-server.ts";
import type { Bench, Figure } from "./support/figure.ts";

/** What the first load of Today weighs, by kind of file. */
export interface FirstLoad {
  readonly js: number;
  readonly css: number;
  readonly font: number;
  readonly files: readonly string[];
}

const KINDS = { script: "js", stylesheet: "css", font: "font" } as const;

/**
 * The scripts, stylesheets and fonts the browser fetches to show Today to someone set up on
 * this device, each body gzipped at level 9 (the server sends them as they are; a host in front
 * of it would compress them). The service worker is blocked and the cache disabled, so this is
 * the load of a first visit, not of a return from the precache.
 */
export async function measureFirstLoad(): Promise<FirstLoad> {
  const server = await startNura();
  const browser = await launchBrowser();
  try {
    const setup = await browser.context.newPage();
    await setup.goto(`${server.url}/welcome`);
    // The welcome comes first (a build from before it had none, and is measured the same way).
    const start = setup.getByRole("button", { name: "Get started" });
    const skip = setup.getByRole("button", { name: "Skip the rest" });
    await start.or(skip).first().waitFor();
    if (await start.isVisible()) await start.click();
    await skip.click();
    await setup.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await setup.close();
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.setBypassServiceWorker", { bypass: true });
    const sizes = { js: 0, css: 0, font: 0 };
    const files: string[] = [];
    const pending: Promise<void>[] = [];
    page.on("response", (res) => {
      const kind = KINDS[res.request().resourceType() as keyof typeof KINDS];
      if (!kind || !res.url().startsWith(server.url)) return;
      pending.push(
        res.body().then((body) => {
          sizes[kind] += gzipSync(body, { level: 9 }).length;
          files.push(new URL(res.url()).pathname);
        }),
      );
    });
    await page.goto(server.url, { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    return { ...sizes, files: files.sort() };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The first load of Today (JS, CSS and font, gzip), in kB; quoted against the budget. */
export const firstLoadBench: Bench = {
  name: "first-load",
  async run(): Promise<Figure[]> {
    const load = await measureFirstLoad();
    const kb = (n: number) => Math.round(n / 10) / 100;
    const note = `files: ${load.files.join(", ")}`;
    return [
      { name: "first load of Today: JS (gzip)", value: kb(load.js), unit: "kB" },
      { name: "first load of Today: CSS (gzip)", value: kb(load.css), unit: "kB" },
      { name: "first load of Today: fonts (gzip)", value: kb(load.font), unit: "kB" },
      {
        name: "first load of Today: total (gzip)",
        value: kb(load.js + load.css + load.font),
        unit: "kB",
        note,
      },
    ];
  },
};
