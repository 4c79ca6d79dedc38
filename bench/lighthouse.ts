import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "../test/e2e/support/chromium.ts";
import type { Bench, Figure } from "./support/figure.ts";
import { freePort, startProcess, stopProcess, waitFor200 } from "./support/processes.ts";
import { setUpPerson } from "./support/set-up-person.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
/**
 * The pages measured: the app's start (a fresh profile, so onboarding's welcome: Lighthouse cannot
 * set a profile up first), Learn, the pre-rendered guide list and one pre-rendered guide.
 */
export const LIGHTHOUSE_PAGES = [
  "/",
  "/learn",
  "/learn/guides",
  "/learn/guides/lymphatic-drainage-order",
] as const;
const TARGET = { name: "target", value: 100 } as const;

/**
 * Today (`/`) for a person set up on the device, audited after the pages above and keeping the
 * profile (a fresh `/` is the first visit's set-up).
 */
const TODAY_SET_UP = { path: "/", label: "/ (Today, set up)" } as const;

/** Sets a person up in the browser at `debugPort` (see {@link setUpPerson}). */
async function setUpPersonOver(origin: string, debugPort: number): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error("the browser has no default context");
    await setUpPerson(context, origin);
  } finally {
    // A browser joined over CDP is only left, not closed, and its default context stays.
    await browser.close();
  }
}

/** Lighthouse's scores (0–100) for one page, by category. */
async function audit(
  url: string,
  port: number,
  keepStorage = false,
): Promise<Record<(typeof categories)[number], number>> {
  const run = () =>
    lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
      disableStorageReset: keepStorage,
    });
  let result = await run();
  // Lighthouse sometimes fails to record its own trace (NO_NAVSTART: "please run Lighthouse
  // again") and scores the page 0: run it again rather than report its failure as the page's.
  for (let retry = 0; retry < 2 && result?.lhr.runtimeError; retry++) {
    process.stderr.write(`${url}: ${result.lhr.runtimeError.code}; running Lighthouse again\n`);
    result = await run();
  }
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) {
    throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
  }
  // NURA_LIGHTHOUSE_REPORTS=folder keeps each page's whole report, to see what a score is made of.
  const reports = process.env.NURA_LIGHTHOUSE_REPORTS;
  if (reports) {
    mkdirSync(reports, { recursive: true });
    const name = `${new URL(url).pathname.replace(/\W+/g, "_") || "_"}${keepStorage ? "-set-up" : ""}.json`;
    writeFileSync(join(reports, name), JSON.stringify(result.lhr, null, 1));
  }
  const scores = {} as Record<(typeof categories)[number], number>;
  for (const c of categories) scores[c] = Math.round((result.lhr.categories[c]?.score ?? 0) * 100);
  const failing = Object.values(result.lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  if (failing.length > 0) process.stderr.write(`${url}: failing audits: ${failing.join(", ")}\n`);
  if (scores.performance < 100) {
    const metrics = [
      "first-contentful-paint",
      "largest-contentful-paint",
      "total-blocking-time",
      "cumulative-layout-shift",
      "speed-index",
    ]
      .map((id) => `${id} ${result.lhr.audits[id]?.displayValue ?? "?"}`)
      .join(", ");
    process.stderr.write(`${url}: performance ${scores.performance}: ${metrics}\n`);
  }
  return scores;
}

/**
 * Lighthouse 12 (default mobile emulation, simulated throttling) on the built pages served by a
 * real `nura serve`: performance, accessibility, best practices and SEO, each against the target 100.
 */
export const lighthouseBench: Bench = {
  name: "lighthouse",
  async run(): Promise<Figure[]> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "nura-bench-lh-"));
    const { child, startedAt } = startProcess(
      process.execPath,
      [join(root, "bin/nura.js"), "serve"],
      {
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
        NURA_DATA_DIR: dataDir,
        // Set as a deployment sets its address: the pages' hreflang alternates are built on it.
        NURA_PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
    );
    // Chromium is started directly (not through chrome-launcher, which is only a transitive
    // dependency here) with a debugging port that Lighthouse connects to.
    const debugPort = await freePort();
    const profile = mkdtempSync(join(tmpdir(), "nura-bench-chromium-"));
    const chrome = startProcess(
      findChromium(),
      [
        ...chromiumArgs,
        "--headless=new",
        `--remote-debugging-port=${debugPort}`,
        `--user-data-dir=${profile}`,
        "about:blank",
      ],
      {},
    );
    try {
      await waitFor200(`http://127.0.0.1:${port}/healthz`, startedAt);
      await waitFor200(`http://127.0.0.1:${debugPort}/json/version`, chrome.startedAt);
      const figures: Figure[] = [];
      const origin = `http://127.0.0.1:${port}`;
      const pages = [
        ...LIGHTHOUSE_PAGES.map((path) => ({ path, label: path, setUp: false })),
        { ...TODAY_SET_UP, setUp: true },
      ];
      for (const { path, label, setUp } of pages) {
        if (setUp) await setUpPersonOver(origin, debugPort);
        const scores = await audit(`${origin}${path}`, debugPort, setUp);
        for (const c of categories) {
          figures.push({
            name: `lighthouse ${c} ${label}`,
            value: scores[c],
            unit: "score",
            baseline: TARGET,
          });
        }
      }
      return figures;
    } finally {
      await stopProcess(chrome.child);
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  },
};
