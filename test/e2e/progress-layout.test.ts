import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { seedProgress, startClockAtAfternoon } from "./support/progress-seed.ts";
import { useServerAndBrowser } from "./support/suite.ts";

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** A note with no space to break at: it must wrap inside its card, never widen the page. */
const LONG_NOTE =
  "Tried-the-new-Hyaluronic-Ceramide-Niacinamide-Peptide-Squalane-Barrier-Serum".repeat(2);

/** Each sub-page and the one action it exists for, which must be in the first viewport. */
const PAGES: readonly [string, (page: Page) => Locator][] = [
  ["/progress", (p) => p.getByRole("link", { name: "Check in now" })],
  ["/progress/check-in", (p) => p.getByRole("group", { name: "Puffiness" })],
  ["/progress/history", (p) => p.getByRole("button", { name: "Delete check-in" }).first()],
  ["/progress/photos", (p) => p.getByRole("button", { name: "Take a photo" })],
  ["/progress/data", (p) => p.getByRole("button", { name: "Export everything (JSON)" })],
];

async function inFirstViewport(locator: Locator, height: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Three weeks of evening sessions and check-ins in the stored format (puffiness 4 → 2). */
async function seed(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/progress`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await seedProgress(
    page,
    Array.from({ length: 21 }, (_, d) => ({ daysAgo: d, hour: 20, slot: "pm" as const })),
    Array.from({ length: 21 }, (_, i) => ({
      daysAgo: 20 - i,
      hour: 21,
      ratings: { puffiness: i < 7 ? 4 : 2, radiance: i < 7 ? 2 : 4 },
    })),
  );
}

describe("progress at a 390×844 phone and a 1280×800 desktop", () => {
  const suite = useServerAndBrowser();

  beforeAll(async () => {
    await startClockAtAfternoon(suite.browser.context);
  });

  it("never scrolls sideways, even with a long note, and keeps each page's action in view", async () => {
    const page = await suite.browser.context.newPage();
    page.setDefaultNavigationTimeout(30_000);
    await seed(page, suite.server.url);
    await page.goto(`${suite.server.url}/progress/check-in`);
    await page.getByRole("group", { name: "Radiance" }).getByRole("radio", { name: /^4/ }).check();
    await page.getByLabel("Note (optional)").fill(LONG_NOTE);
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Check-in saved.").waitFor();
    for (const [name, size] of Object.entries(SIZES)) {
      await page.setViewportSize(size);
      for (const [path, action] of PAGES) {
        await page.goto(`${suite.server.url}${path}`);
        await action(page).waitFor();
        expect(await overflow(page), `${name} ${path}`).toBe(0);
        expect(await inFirstViewport(action(page), size.height), `${name} ${path}`).toBe(true);
      }
    }
    await page.close();
  });

  it("sets consistency beside the heat map and the charts two by two on a desktop only", async () => {
    const page = await suite.browser.context.newPage();
    const tops = async () => {
      await page.goto(`${suite.server.url}/progress`);
      await page.locator("figure.trend .uplot").nth(1).waitFor();
      const boxes = await Promise.all(
        [
          page.getByRole("heading", { name: "Consistency" }),
          page.getByRole("heading", { name: "Last 12 weeks" }),
          page.locator("figure.trend").nth(0),
          page.locator("figure.trend").nth(1),
        ].map((l) => l.boundingBox()),
      );
      return boxes.map((b) => Math.round(b?.y ?? -1));
    };
    await page.setViewportSize(SIZES.desktop);
    const [consistency, heat, chart1, chart2] = await tops();
    expect(heat).toBe(consistency);
    expect(chart2).toBe(chart1);
    await page.setViewportSize(SIZES.phone);
    const phone = await tops();
    expect(phone[1]).toBeGreaterThan(phone[0] ?? 0);
    expect(phone[3]).toBeGreaterThan(phone[2] ?? 0);
    await page.close();
  });

  it("has no axe violations with data on every progress page, light and dark", async () => {
    const page = await suite.browser.context.newPage();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, action] of PAGES) {
        await page.goto(`${suite.server.url}${path}`);
        await action(page).waitFor();
        expect(await axeViolations(page), `${scheme} ${path}`).toEqual([]);
      }
    }
    await page.close();
  });
});

describe("progress in German", () => {
  const suite = useServerAndBrowser({ locale: "de-DE" });

  it("says the overview, the scales and the history in German, 5 = better", async () => {
    const page = await suite.browser.context.newPage();
    await seed(page, suite.server.url);
    await page.goto(`${suite.server.url}/progress`);
    await page.getByRole("link", { name: "Jetzt einchecken" }).waitFor();
    await page.locator("figure.trend .uplot").first().waitFor();
    const overview = (await page.locator("main").textContent()) ?? "";
    expect(overview).toContain("Regelmäßigkeit");
    expect(overview).toContain(
      "Schwellung: Die Bewertungen stiegen von 2,0 auf 4,0, in Richtung „Nicht geschwollen“",
    );
    for (const english of ["Check in now", "How your skin felt", "Consistency", "Last 12 weeks"])
      expect(overview).not.toContain(english);

    await page.goto(`${suite.server.url}/progress/check-in`);
    const puffiness = page.getByRole("group", { name: "Schwellung" });
    await puffiness.getByRole("radio", { name: /^5/ }).check();
    await puffiness.getByText("5 · Nicht geschwollen").waitFor();
    await page.getByRole("button", { name: "Check-in speichern" }).click();
    await page.getByText("Check-in gespeichert.").waitFor();

    await page.goto(`${suite.server.url}/progress/history`);
    await page.getByRole("heading", { name: "Verlauf" }).waitFor();
    expect(await page.locator('li[data-kind="checkin"]').first().textContent()).toContain(
      "Schwellung: Nicht geschwollen (5 von 5).",
    );
    await page.close();
  });
});
