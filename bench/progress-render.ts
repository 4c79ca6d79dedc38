import type { Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/support/chromium.ts";
import { type NuraServer, startNura } from "../test/e2e/support/nura-server.ts";
import {
  type SeedCheckin,
  type SeedSession,
  seedProgress,
} from "../test/e2e/support/progress-seed.ts";
import { type Bench, type Figure, median } from "./support/figure.ts";

const runs = 9;
const days = 730;

/** Two years of daily evening sessions and check-ins, with a reaction every 30 days. */
function twoYears(): { sessions: SeedSession[]; checkins: SeedCheckin[] } {
  const sessions: SeedSession[] = [];
  const checkins: SeedCheckin[] = [];
  for (let d = 0; d < days; d++) {
    sessions.push({
      daysAgo: d,
      hour: 20,
      slot: "pm",
      minutes: 5 + (d % 6),
      tool: d % 3 ? "fingers" : "gua-sha",
    });
    const level = (k: number) => 1 + ((d * 7 + k * 3) % 5);
    checkins.push({
      daysAgo: d,
      hour: 21,
      ratings: {
        puffiness: level(0),
        radiance: level(1),
        firmness: level(2),
        tension: level(3),
        breakouts: level(4),
      },
      ...(d % 30 === 0 ? { reactions: [{ kind: "redness", zone: "cheeks" }] } : {}),
    });
  }
  return { sessions, checkins };
}

interface Timing {
  /** Start of reading IndexedDB to everything drawn, charts included. */
  readonly total: number;
  /** Of which: reading the records and computing the figures. */
  readonly data: number;
}

/** One page load, timed by the app's own performance marks. */
async function timing(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName("nura:progress-rendered").length > 0,
  );
  // tsx wraps named functions in an `__name` helper the page lacks.
  await page.evaluate("globalThis.__name ??= (f) => f");
  return page.evaluate(() => {
    const at = (name: string) =>
      (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime;
    const load = at("nura:progress-load");
    return { total: at("nura:progress-rendered") - load, data: at("nura:progress-data") - load };
  });
}

async function series(page: Page, url: string): Promise<Timing[]> {
  await timing(page, url); // warm the HTTP cache and the JIT once, unmeasured
  const out: Timing[] = [];
  for (let i = 0; i < runs; i++) out.push(await timing(page, url));
  return out;
}

/**
 * The progress overview (consistency, heat map, five uPlot trend charts, reactions) in headless
 * Chromium: from the start of reading IndexedDB to the frame after everything is drawn, for two
 * years of daily data, against the same screen with an empty history in the same run.
 */
export const progressRenderBench: Bench = {
  name: "progress-render",
  async run(): Promise<Figure[]> {
    const servers: NuraServer[] = [await startNura(), await startNura()];
    const browser = await launchBrowser();
    try {
      const [emptyServer, fullServer] = servers as [NuraServer, NuraServer];
      const page = await browser.context.newPage();
      const empty = await series(page, `${emptyServer.url}/progress`);
      await page.goto(`${fullServer.url}/progress`);
      await page.getByRole("heading", { name: "Consistency" }).waitFor();
      const { sessions, checkins } = twoYears();
      await seedProgress(page, sessions, checkins);
      const full = await series(page, `${fullServer.url}/progress`);
      const med = (list: Timing[], key: keyof Timing) => median(list.map((t) => t[key]));
      return [
        {
          name: `progress screen render, ${days} sessions + ${days} check-ins (median of ${runs})`,
          value: med(full, "total"),
          unit: "ms",
          baseline: { name: "same screen, empty history", value: med(empty, "total") },
          note: "headless Chromium; IndexedDB read → consistency, 12-week heat map, 5 uPlot charts (last 12 weeks), reactions drawn; target < 100 ms",
        },
        {
          name: "  of which reading IndexedDB and computing",
          value: med(full, "data"),
          unit: "ms",
          baseline: { name: "same, empty history", value: med(empty, "data") },
        },
      ];
    } finally {
      await browser.close();
      for (const s of servers) await s.stop();
    }
  },
};
