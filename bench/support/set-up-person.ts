import type { BrowserContext } from "playwright-core";

/**
 * Sets a person up on the device of `context` (onboarding in English with its defaults, at
 * `origin`), then takes away what a return visit would have (the service worker, its caches and
 * the HTTP cache), keeping only the profile in IndexedDB: the next load of Today is its first
 * load over the network for someone who uses Nura.
 */
export async function setUpPerson(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/welcome`);
    await page.getByRole("button", { name: "Get started" }).click();
    await page.getByRole("button", { name: "Skip the rest" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const key of await caches.keys()) await caches.delete(key);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
  } finally {
    await page.close();
  }
}
