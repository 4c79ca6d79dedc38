import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

const candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/**
 * Finds a Chromium to drive: CHROME_PATH when set, else the first of chromium, chromium-browser,
 * google-chrome on the PATH. Throws with an install hint when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    accessSync(env.CHROME_PATH, constants.X_OK);
    return env.CHROME_PATH;
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    for (const name of candidates) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {}
    }
  }
  throw new Error(
    "No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`) " +
      "or set CHROME_PATH to a Chromium or Chrome binary.",
  );
}

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What the app logs when a screen says a message whose catalog group it did not load. */
const UNLOADED_MESSAGE = "was said before its group of the catalog was loaded";

/**
 * A fresh headless Chromium with its own profile folder, removed on close. Closing fails when
 * any page showed a message id instead of its text because its screen did not ask for that
 * part of the catalog (src/web/i18n/message-loading.ts), so every browser test guards it.
 */
export async function launchBrowser(
  options: { args?: readonly string[]; locale?: string } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "nura-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, ...(options.args ?? [])],
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const unloaded: string[] = [];
  context.on("console", (message) => {
    if (message.type() === "error" && message.text().includes(UNLOADED_MESSAGE))
      unloaded.push(`${message.text()} (${message.page()?.url() ?? "no page"})`);
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      if (unloaded.length > 0)
        throw new Error(`a screen said messages it had not loaded:\n${unloaded.join("\n")}`);
    },
  };
}
