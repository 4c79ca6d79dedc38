import { describe, expect, it } from "vitest";
import { launchBrowser } from "./support/chromium.ts";
import { useServerAndBrowser } from "./support/suite.ts";

describe("Learn offline", () => {
  const suite = useServerAndBrowser();

  it("after the first load, opens guides, search, a technique and the evidence with the network cut", async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${suite.server.url}/learn`);
    await page.getByRole("heading", { name: "Learn", level: 1 }).waitFor();
    // An active service worker has finished precaching (install completes only once it has).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await suite.browser.context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole("heading", { name: "Learn", level: 1 }).waitFor();
      // The health check bypasses the service worker: failing proves the network is really cut.
      const health = await page.evaluate(() =>
        fetch("/healthz").then(
          () => "reached",
          () => "failed",
        ),
      );
      expect(health).toBe("failed");

      await page.goto(`${suite.server.url}/learn/guides/sunscreen-basics`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        "Sunscreen basics, the last step of the morning",
      );
      expect(await page.locator(".read-time").textContent()).toBe("4 min read");
      await page.reload();
      await page.locator(".related-guides").waitFor();

      await page.goto(`${suite.server.url}/learn/guides`);
      await page.getByLabel("Search guides").fill("cellulitis");
      await expect
        .poll(() => page.locator(".guide-card:visible h2").allTextContents())
        .toEqual(["Common mistakes and how to stay safe"]);

      await page.goto(`${suite.server.url}/learn/techniques/tap`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tapping");
      await page.goto(`${suite.server.url}/learn/evidence#cortisol`);
      expect(await page.locator("#cortisol h3").textContent()).toBe("Lowers cortisol: grade D");
    } finally {
      await suite.browser.context.setOffline(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works offline for a reader whose first visit is a pre-rendered guide", async () => {
    const fresh = await launchBrowser();
    try {
      const page = await fresh.context.newPage();
      await page.goto(`${suite.server.url}/learn/guides/rollers-and-gua-sha`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await fresh.context.setOffline(true);
      await page.reload();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        "Rollers and gua sha, used gently",
      );
      expect(await page.locator(".read-time").textContent()).toBe("6 min read");
    } finally {
      await fresh.close();
    }
  });
});
