import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { chromiumArgs, findChromium } from "../../test/e2e/support/chromium.ts";
import { freePort } from "./processes.ts";

/** A Chromium whose tabs can really go to the background, for timing under throttling. */
export interface HiddenTabChromium {
  readonly context: BrowserContext;
  /** The first tab. */
  readonly page: Page;
  /** Opens a new tab in front, the way a person switches apps; the first tab becomes hidden. */
  openTabInFront(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium ourselves and attaches over CDP with `noDefaults`. Playwright's own
 * launch keeps every page visible (it passes --disable-background-timer-throttling and friends,
 * and turns on focus emulation, which counts as a screen capture that keeps the page awake); with
 * neither, a tab behind another tab reports `hidden` and gets the browser's real timer throttling.
 */
export async function launchHiddenTabChromium(): Promise<HiddenTabChromium> {
  const dir = mkdtempSync(join(tmpdir(), "nura-bench-chromium-"));
  const port = await freePort();
  const child = spawn(
    findChromium(),
    [
      "--headless",
      ...chromiumArgs,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${dir}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  let browser: Browser | undefined;
  for (let i = 0; i < 50 && !browser; i++) {
    await new Promise((r) => setTimeout(r, 200));
    browser = await chromium
      .connectOverCDP(`http://127.0.0.1:${port}`, { noDefaults: true })
      .catch(() => undefined);
  }
  if (!browser) throw new Error("Chromium did not open its debugging port");
  const context = browser.contexts()[0];
  const page = context?.pages()[0];
  if (!context || !page) throw new Error("Chromium has no first tab");
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    page,
    async openTabInFront() {
      await cdp.send("Target.createTarget", { url: "about:blank", newWindow: false });
    },
    async close() {
      await browser?.close().catch(() => {});
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      // Chromium's helper processes can still write to the profile after the browser exits; a
      // temporary folder left behind must not end the run and lose every figure measured so far.
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        process.stderr.write(`left the temporary profile ${dir}: ${String(error)}\n`);
      }
    },
  };
}
