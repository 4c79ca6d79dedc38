import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DOUBLE_TAP_MS } from "../../src/web/common/tap-guard.ts";
import { axeViolations } from "./support/axe.ts";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard } from "./support/today-page.ts";

const PHONE = { width: 390, height: 844 } as const;
const DESKTOP = { width: 1280, height: 800 } as const;
const SIZES = [PHONE, DESKTOP] as const;

/** 80 characters and no space: a product name that once widened a phone page. */
const LONG_NAME =
  "Hyaluronic-Ceramide-Niacinamide-Peptide-Squalane-Barrier-Repair-Serum-Extra-Rich";
/** An email address as long as a person might really have, with no place to break. */
const LONG_EMAIL = "firstname.middlename.lastname.family-name-twice@subdomain.example-company.org";

/** True when the whole of the element is inside the first viewport, without a scroll. */
async function inFirstViewport(locator: Locator, height: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

/** How far the document is wider than the viewport, in CSS pixels (0 when it is not). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

/** Every size and theme of one screen: no axe violation and no sideways scroll. */
async function checkEverywhere(page: Page, url: string, label: string): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await open(page, url);
      const where = `${label} ${scheme} ${size.width}`;
      expect(await axeViolations(page), where).toEqual([]);
      expect(await overflow(page), where).toBe(0);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
}

describe("Routines, Programmes, Settings and Account at a phone's and a desktop's size", () => {
  const suite = useServerAndBrowser();

  it("keeps a routine of seven steps short on a phone: one line a step, the handles in reach", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await onboard(page, suite.server.url, { am: 4 });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await open(page, `${suite.server.url}/routines`);
    const morning = page.getByRole("region", { name: "Morning" });
    const rows = morning.locator(".step-row");
    const before = await rows.count();
    for (const kind of ["cleanser", "serum", "moisturizer", "sunscreen"]) {
      const count = await rows.count();
      await morning.getByLabel("Add a product").selectOption(kind);
      if (kind === "serum") await morning.getByLabel("Its name (optional)").fill(LONG_NAME);
      await morning.getByRole("button", { name: "Add to morning" }).click();
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(count + 1);
      // A second tap on the same button within 400 ms counts as a double tap and is dropped.
      await page.waitForTimeout(DOUBLE_TAP_MS);
    }
    expect(await rows.count()).toBe(before + 4);
    // Each row is one line with a handle and a remove button, no Up/Down/Remove pills; the
    // 80-character name wraps inside its own row.
    for (const row of await rows.all()) {
      const long = ((await row.textContent()) ?? "").includes(LONG_NAME);
      expect((await row.boundingBox())?.height).toBeLessThan(long ? 160 : 60);
      expect(await row.getByRole("button").count()).toBeLessThanOrEqual(2);
    }
    const handle = morning.getByRole("button", { name: "Move Cleanser" }).first();
    const handleBox = await handle.boundingBox();
    expect(handleBox && handleBox.width >= 44 && handleBox.height >= 44).toBe(true);
    // Opened afresh, the first routine's first step is in reach without a scroll.
    await open(page, `${suite.server.url}/routines`);
    expect(
      await inFirstViewport(page.getByRole("button", { name: /^Move / }).first(), PHONE.height),
    ).toBe(true);
    expect(await overflow(page)).toBe(0);
    // One-line rows keep seven steps short (the page was 7,644 px when each row had three pills).
    expect(await pageHeight(page)).toBeLessThan(3400);
    await checkEverywhere(page, `${suite.server.url}/routines`, "/routines");
    await page.close();
  });

  it("puts each screen's first action in a phone's first viewport", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await open(page, `${suite.server.url}/account`);
    expect(await inFirstViewport(page.getByRole("button", { name: "Sign in" }), PHONE.height)).toBe(
      true,
    );
    await open(page, `${suite.server.url}/settings`);
    await page.getByRole("checkbox", { name: "Remind me" }).waitFor();
    expect(
      await inFirstViewport(page.getByRole("checkbox", { name: "Remind me" }), PHONE.height),
    ).toBe(true);
    await open(page, `${suite.server.url}/programme`);
    const first = page.getByRole("region", { name: "Start: two weeks" });
    expect(await inFirstViewport(first.getByRole("heading"), PHONE.height)).toBe(true);
    await page.close();
  });

  it("shows a programme under way with its actions, clean in both themes and sizes", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await open(page, `${suite.server.url}/programme`);
    const habit = page.getByRole("region", { name: "Habit: five weeks" });
    await habit.getByRole("button", { name: "Start Habit" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await open(page, `${suite.server.url}/programme`);
    const pause = page.getByRole("button", { name: "Pause the programme" });
    expect(await inFirstViewport(pause, PHONE.height)).toBe(true);
    await checkEverywhere(page, `${suite.server.url}/programme`, "/programme under way");
    await page.getByRole("button", { name: "Leave the programme" }).click();
    await page.getByRole("button", { name: "Yes, leave it" }).click();
    await page.getByRole("button", { name: "Start Habit" }).waitFor();
    await page.close();
  });

  it("signs up with a long email, and the signed-in Account and Settings stay in the width", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(PHONE);
    await open(page, `${suite.server.url}/account`);
    await page.getByRole("button", { name: /Create one/ }).click();
    await page.getByLabel("Email").fill(LONG_EMAIL);
    await page.getByLabel("Password").fill("copper kettle window marble");
    await page.getByRole("button", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: `Signed in as ${LONG_EMAIL}` }).waitFor();
    expect(await overflow(page)).toBe(0);
    const remove = page.getByRole("button", { name: "Delete account…" });
    expect(await remove.getAttribute("class")).toContain("button--destructive");
    await checkEverywhere(page, `${suite.server.url}/account`, "/account signed in");

    await open(page, `${suite.server.url}/settings`);
    await page.getByRole("button", { name: "Get a subscription address" }).click();
    const address = page.getByLabel("Subscribe to this address in your calendar app");
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\//);
    expect(await page.getByRole("link", { name: "Add to calendar" }).getAttribute("href")).toBe(
      url.replace(/^http:/, "webcal:"),
    );
    await checkEverywhere(page, `${suite.server.url}/settings`, "/settings signed in");
    await page.close();
  });

  it("says every screen in Spanish and German, axe clean", async () => {
    const page = await suite.browser.context.newPage();
    const titles = {
      es: {
        routines: "Rutinas",
        programme: "Programas",
        settings: "Ajustes",
        account: "Cuenta y sincronización",
      },
      de: {
        routines: "Routinen",
        programme: "Programme",
        settings: "Einstellungen",
        account: "Konto und Synchronisierung",
      },
    } as const;
    for (const [lang, screens] of Object.entries(titles)) {
      for (const [path, title] of Object.entries(screens)) {
        const url = `${suite.server.url}/${lang}/${path}`;
        await open(page, url);
        expect(await page.getByRole("heading", { level: 1 }).first().textContent()).toBe(title);
        const text = (await page.locator("main").textContent()) ?? "";
        // The words these screens own (the shared goal, minute and tool fields are not theirs).
        for (const english of [
          "Save",
          "Loading",
          "Add to",
          "Remind me",
          "Sign in",
          "Drag the handle",
          "Changes are saved",
          "Start Habit",
        ])
          expect(text, `${lang} ${path}`).not.toContain(english);
        await checkEverywhere(page, url, `${lang} ${path}`);
      }
    }
    await page.close();
  });
});
