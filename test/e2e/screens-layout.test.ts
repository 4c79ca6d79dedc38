import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useServerAndBrowser } from "./support/suite.ts";

const PHONE = { width: 390, height: 844 } as const;
const DESKTOP = { width: 1280, height: 800 } as const;
const SIZES = { phone: PHONE, desktop: DESKTOP } as const;

/** 80 characters and no space: the product name that once made a phone page 774 px wide. */
const LONG_NAME =
  "Hyaluronic-Ceramide-Niacinamide-Peptide-Squalane-Barrier-Repair-Serum-Extra-Rich";

/** The screens with the navigation, at the addresses a person opens. */
const NAV_SCREENS = [
  "/",
  "/routines",
  "/progress",
  "/progress/check-in",
  "/progress/history",
  "/learn",
  "/more",
  "/account",
  "/settings",
  "/programme",
  "/no/such/page",
] as const;

/** True when the whole of the element is inside the first viewport, without a scroll. */
async function inFirstViewport(locator: Locator, height: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

/** How far the document is wider than the viewport, in CSS pixels (0 when it is not). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const tabBar = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Opens an address and waits for its first heading. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

describe("the screens at a 390×844 phone and a 1280×800 desktop", () => {
  const suite = useServerAndBrowser();

  it("onboards without the navigation, each step's Next in the first viewport of a phone", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await open(page, `${suite.server.url}/welcome`);
    expect(await tabBar(page).count()).toBe(0);
    const start = page.getByRole("button", { name: "Get started" });
    expect(await inFirstViewport(start, PHONE.height)).toBe(true);
    await start.click();
    const steps = ["Goals", "Skin and health", "Treatments", "Tools and products"];
    for (const [i, step] of steps.entries()) {
      await page.getByRole("heading", { name: `Step ${i + 1} of 6: ${step}` }).waitFor();
      expect(await tabBar(page).count(), step).toBe(0);
      const next = page.getByRole("button", { name: "Next" });
      expect(await inFirstViewport(next, PHONE.height), step).toBe(true);
      if (step === "Tools and products") {
        await page.getByRole("checkbox", { name: "Serum", exact: true }).check();
        await page.getByLabel("Name of your serum (optional)").fill(LONG_NAME);
        expect(await overflow(page)).toBe(0);
      }
      await next.click();
    }
    await page.getByRole("button", { name: "Skip the rest" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.close();
  });

  it("shows Today's Start in the first viewport, the routine beside the plan on a desktop", async () => {
    const page = await suite.browser.context.newPage();
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await open(page, suite.server.url);
      const startButton = page.getByRole("button", { name: "Start the massage" });
      expect(await inFirstViewport(startButton, viewport.height), size).toBe(true);
      const plan = await page.locator(".today-plan").boundingBox();
      const routine = await page.getByRole("region", { name: /routine$/ }).boundingBox();
      if (plan === null || routine === null) throw new Error("Today has no plan or routine");
      if (size === "desktop") expect(routine.x).toBeGreaterThanOrEqual(plan.x + plan.width);
      else expect(routine.y).toBeGreaterThanOrEqual(plan.y + plan.height);
    }
    await page.close();
  });

  it("has the tab bar along the bottom of a phone and a side bar on a desktop, on every screen", async () => {
    const page = await suite.browser.context.newPage();
    for (const path of NAV_SCREENS) {
      await page.setViewportSize(PHONE);
      await open(page, `${suite.server.url}${path}`);
      const bar = await tabBar(page).boundingBox();
      expect(bar, path).not.toBeNull();
      if (bar === null) continue;
      expect(Math.round(bar.y + bar.height), path).toBe(PHONE.height);
      expect(Math.round(bar.width), path).toBe(PHONE.width);
      const tabs = await tabBar(page).getByRole("link").filter({ visible: true }).allTextContents();
      expect(
        tabs.map((t) => t.trim()),
        path,
      ).toEqual(["Today", "Routines", "Progress", "Learn", "Menu"]);
      expect(await overflow(page), path).toBe(0);

      await page.setViewportSize(DESKTOP);
      const side = await tabBar(page).boundingBox();
      expect(side && side.x === 0 && side.height >= DESKTOP.height - 1, path).toBe(true);
      const main = await page.locator("main").boundingBox();
      expect(main && side && main.x >= side.x + side.width, path).toBe(true);
      expect(await overflow(page), path).toBe(0);
    }
    await page.close();
  });

  it("hides the navigation in the session player", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await open(page, suite.server.url);
    await page.getByRole("button", { name: "Start the massage" }).click();
    await page.waitForURL(/\/session/);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await tabBar(page).count()).toBe(0);
    await page.close();
  });

  it("titles every screen 'Screen · Nura'", async () => {
    const page = await suite.browser.context.newPage();
    const titles: Record<string, string> = {
      "/": "Today · Nura",
      "/routines": "Routines · Nura",
      "/progress": "Progress · Nura",
      "/more": "Menu · Nura",
      "/account": "Account · Nura",
      "/settings": "Settings · Nura",
      "/no/such/page": "Page not found · Nura",
    };
    for (const [path, title] of Object.entries(titles)) {
      await open(page, `${suite.server.url}${path}`);
      await expect.poll(() => page.title()).toBe(title);
    }
    await page.close();
  });

  it("has no axe violations on any screen, light or dark", async () => {
    const page = await suite.browser.context.newPage();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [...NAV_SCREENS, "/welcome"]) {
        for (const viewport of Object.values(SIZES)) {
          await page.setViewportSize(viewport);
          await open(page, `${suite.server.url}${path}`);
          expect(await axeViolations(page), `${path} ${scheme} ${viewport.width}`).toEqual([]);
        }
      }
    }
    await page.close();
  });
});
