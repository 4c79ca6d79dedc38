import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { LOCALES, type Locale } from "../src/core/i18n/locales.ts";
import { localePath } from "../src/web/i18n/locale-path.ts";
import { launchBrowser } from "../test/e2e/support/chromium.ts";
import type { Bench, Figure } from "./support/figure.ts";
import { freePort, startProcess, stopProcess, waitFor200 } from "./support/processes.ts";
import { setUpPerson } from "./support/set-up-person.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
/** The budget: each language may add this much to the first load. */
const BUDGET_KIB = 8;

interface FirstLoad {
  /** Every response of the page, each gzipped on its own, in KiB. */
  readonly totalKiB: number;
  /** The language's catalog chunk, gzipped, in KiB. */
  readonly catalogKiB: number;
  readonly catalogs: readonly string[];
}

/**
 * The first load of Today in `locale` for a person set up on the device (onboarded, then the
 * service worker and every cache taken away), at its address in that language (`/`, `/es`,
 * `/de`): everything the page downloads before the network is idle.
 */
async function firstLoad(origin: string, locale: Locale): Promise<FirstLoad> {
  const browser = await launchBrowser({ locale: "en" });
  try {
    await setUpPerson(browser.context, origin);
    const page = await browser.context.newPage();
    const bodies: Promise<{ url: string; bytes: number }>[] = [];
    page.on("response", (r) => {
      if (!r.url().startsWith(origin) || r.status() !== 200) return;
      bodies.push(r.body().then((b) => ({ url: r.url(), bytes: gzipSync(b).length })));
    });
    await page.goto(`${origin}${localePath(locale, "/")}`, { waitUntil: "networkidle" });
    if ((await page.evaluate(() => document.documentElement.lang)) !== locale)
      throw new Error(`Today did not start in ${locale}`);
    if ((await page.getByRole("heading", { level: 1 }).count()) === 0)
      throw new Error(`Today in ${locale} drew no heading`);
    const all = await Promise.all(bodies);
    const catalogs = all.filter((b) => /\/assets\/(en|es|de)-[\w-]+\.js$/.test(b.url));
    return {
      totalKiB: all.reduce((sum, b) => sum + b.bytes, 0) / 1024,
      catalogKiB: catalogs.reduce((sum, b) => sum + b.bytes, 0) / 1024,
      catalogs: catalogs.map((b) => b.url.replace(/.*\/assets\//, "")),
    };
  } finally {
    await browser.close();
  }
}

/**
 * The first load of /today per language (everything the page downloads, each response gzipped),
 * English as the baseline: a language may add at most 8 KiB gzip, and only its own catalog
 * may be downloaded (the groups Today uses).
 */
export const todayFirstLoadBench: Bench = {
  name: "today-first-load",
  async run(): Promise<Figure[]> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "nura-bench-i18n-"));
    const { child, startedAt } = startProcess(
      process.execPath,
      [join(root, "bin/nura.js"), "serve"],
      { PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "silent", NURA_DATA_DIR: dataDir },
    );
    try {
      const origin = `http://127.0.0.1:${port}`;
      await waitFor200(`${origin}/healthz`, startedAt);
      const loads = new Map<Locale, FirstLoad>();
      for (const locale of LOCALES) loads.set(locale, await firstLoad(origin, locale));
      const en = loads.get("en") as FirstLoad;
      return LOCALES.flatMap((locale): Figure[] => {
        const load = loads.get(locale) as FirstLoad;
        if (load.catalogs.length === 0 || load.catalogs.some((c) => !c.startsWith(`${locale}-`)))
          throw new Error(`${locale} downloaded catalogs ${load.catalogs.join(", ")}`);
        return [
          {
            name: `first load of Today, ${locale} (gzip)`,
            value: load.totalKiB,
            unit: "KiB",
            ...(locale === "en" ? {} : { baseline: { name: "en", value: en.totalKiB } }),
            note:
              locale === "en"
                ? undefined
                : `${(load.totalKiB - en.totalKiB).toFixed(1)} KiB over English; budget ${BUDGET_KIB} KiB per language`,
          },
          {
            name: `${locale} catalog chunks (gzip)`,
            value: load.catalogKiB,
            unit: "KiB",
            note: `only this language's groups downloaded: ${load.catalogs.join(", ")}`,
          },
        ];
      });
    } finally {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
