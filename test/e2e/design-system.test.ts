import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_FONT } from "../../scripts/font/font-text.ts";
import { contentSecurityPolicy } from "../../src/server/http/security-headers.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/chromium.ts";
import { buildDesignPage, serveStatic } from "./support/design-page.ts";

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());

describe("the app's build", () => {
  it("carries no trace of the /design style page", () => {
    const dist = fileURLToPath(new URL("../../dist/web", import.meta.url));
    const files = filesUnder(dist);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => /design/i.test(f.slice(dist.length)))).toEqual([]);
    const marks = ["design-main", "design-page", "nura-design-page", "Design system ·"];
    const traces = files.flatMap((f) => {
      const text = readFileSync(f, "latin1");
      return marks.filter((m) => text.includes(m)).map((m) => `${f}: ${m}`);
    });
    expect(traces).toEqual([]);
  });
});

describe("the /design style page, built on its own", () => {
  const outDir = mkdtempSync(join(tmpdir(), "nura-design-"));
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    await buildDesignPage(outDir);
    site = await serveStatic(outDir, { "content-security-policy": contentSecurityPolicy });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  async function open(width: number, height: number, scheme: "light" | "dark"): Promise<Page> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.goto(`${site.url}/design/design.html`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1, name: "Design system" }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(errors).toEqual([]);
    return page;
  }

  it("preloads the one Figtree file its stylesheet uses: the app's characters, upright, 13 kB", () => {
    const assets = readdirSync(join(outDir, "assets"));
    const fonts = assets.filter((f) => f.endsWith(".woff2"));
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^figtree-nura-[\w-]+\.woff2$/);
    const url = `/assets/${fonts[0]}`;
    const html = readFileSync(join(outDir, "design/design.html"), "utf8");
    expect(html).toContain(
      `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin`,
    );
    const css = assets
      .filter((f) => f.endsWith(".css"))
      .map((f) => readFileSync(join(outDir, "assets", f), "utf8"))
      .join("");
    expect(css).toContain(`src:url(${url})format("woff2")`);
    expect(css).toContain("font-display:swap");
    // The cut file (scripts/font), not Figtree's whole Latin file of 20,156 bytes.
    expect(statSync(join(outDir, "assets", fonts[0] as string)).size).toBe(statSync(APP_FONT).size);
    expect(statSync(APP_FONT).size).toBeLessThan(15_000);
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`is axe-clean with the system in ${scheme} mode, and draws Figtree`, async () => {
      const page = await open(1280, 800, scheme);
      expect(await page.evaluate(() => document.fonts.check('16px "Figtree Variable"'))).toBe(true);
      expect(
        await page.evaluate(() =>
          [...document.fonts].some((f) => f.family.includes("Figtree") && f.status === "loaded"),
        ),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it("fits a 390 px phone, with every target at least 44 × 44 px", async () => {
    const page = await open(390, 844, "light");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          "button, a[href], input:not([type=hidden]), summary, [role=spinbutton]",
        ),
      ]
        // Not drawn (the closed sheet's buttons) is not a target.
        .filter((el) => el.checkVisibility())
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ el, box }) => `${el.outerHTML.slice(0, 80)} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it("shows focus on every stop of the Tab order", async () => {
    const page = await open(1280, 800, "dark");
    const unseen: string[] = [];
    let stops = 0;
    for (;;) {
      await page.keyboard.press("Tab");
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // Past the last stop focus leaves the page.
        if (el === document.body) return null;
        // A range input rings its thumb, a pseudo-element no computed style reaches.
        if (el.matches("input[type=range]")) return true;
        // Drawn controls ring the face beside their invisible native input, or their tile.
        const candidates = [el, el.nextElementSibling, el.closest(".choice--tile")];
        return candidates.some((c) => {
          if (!c) return false;
          const s = getComputedStyle(c);
          return s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) >= 3;
        });
      });
      if (seen === null) break;
      stops++;
      if (!seen) unseen.push(await page.evaluate(() => document.activeElement?.outerHTML ?? ""));
    }
    expect(unseen).toEqual([]);
    // Both columns' controls: the header's segments count as one stop (a radio group).
    expect(stops).toBeGreaterThan(80);
    await page.close();
  });

  it("opens the sheet at the bottom of a phone and gives focus back when it closes", async () => {
    const page = await open(390, 844, "light");
    const column = page.locator('[data-theme="light"]');
    const opener = column.getByRole("button", { name: "How we grade evidence" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "How we grade evidence" });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box && Math.round(box.y + box.height)).toBe(844);
    expect(box?.width).toBe(390);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    // A tap on the backdrop, above the sheet, closes it too.
    await opener.click();
    await dialog.waitFor();
    await page.mouse.click(195, 40);
    await dialog.waitFor({ state: "hidden" });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it("centres the sheet as a dialog on a desktop", async () => {
    const page = await open(1280, 800, "dark");
    await page
      .locator('[data-theme="dark"]')
      .getByRole("button", { name: "How we grade evidence" })
      .click();
    const box = await page.getByRole("dialog").boundingBox();
    expect(box && Math.round(box.x + box.width / 2)).toBe(640);
    expect(box?.width).toBeLessThanOrEqual(34 * 16);
    await page.getByRole("button", { name: "Got it" }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.close();
  });

  it("announces a toast in a polite region, and its Undo runs", async () => {
    const page = await open(390, 844, "light");
    const column = page.locator('[data-theme="light"]');
    await column.getByRole("button", { name: "Show a toast" }).click();
    const region = column.locator(".toast-region");
    expect(await region.getAttribute("aria-live")).toBe("polite");
    await region.getByText("Session removed").waitFor();
    await region.getByRole("button", { name: "Undo" }).click();
    await region.getByText("Session restored").waitFor();
    expect(await region.getByText("Session removed").count()).toBe(0);
    await page.close();
  });
});
