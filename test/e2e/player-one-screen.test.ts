import { describe, expect, it } from "vitest";
import { oneMinutePlan, openWithPending, startWith } from "./support/player-page.ts";
import { useServerAndBrowser } from "./support/suite.ts";

/** Phone, small phone and desktop, each upright and turned. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 360, height: 640 },
  { width: 640, height: 360 },
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
] as const;

/** What a person needs in view, hands on the face: issue 17 §1. */
const PARTS = {
  face: ".running .face-art",
  "step name": "#step-title",
  side: ".running__side",
  technique: ".running__how",
  caption: ".caption .caption__line--now",
  timer: ".time-ring",
  "progress bar": ".running progress",
} as const;

const CONTROLS = ["Back", "Pause", "Next", "End"] as const;

describe("the running session is one screen, hands free", () => {
  const suite = useServerAndBrowser();

  it("shows the face, the step, its caption, the timer, the progress and 56 px controls without scrolling or navigation at every size", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(SIZES[0]);
    await openWithPending(page, suite.server.url, oneMinutePlan());
    await startWith(page);
    await page.locator(".player[data-status=running]").waitFor({ timeout: 10_000 });
    await page.locator(PARTS.face).waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const at = `${size.width}×${size.height}`;
      // A frame for the layout to follow the new size.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      expect(await page.locator("nav, [role=navigation], .app-header").count(), at).toBe(0);
      const scroll = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return { h: root.scrollHeight - innerHeight, w: root.scrollWidth - innerWidth };
      });
      expect(scroll, `${at}: nothing to scroll`).toEqual({ h: 0, w: 0 });
      const boxes = [
        ...Object.entries(PARTS).map(([name, selector]) => ({
          name,
          locator: page.locator(selector).first(),
        })),
        ...CONTROLS.map((name) => ({
          name: `${name} button`,
          locator: page.getByRole("button", { name, exact: true }),
        })),
      ];
      for (const { name, locator } of boxes) {
        const box = await locator.boundingBox();
        if (!box) throw new Error(`${at}: ${name} is not shown`);
        expect(box.width * box.height, `${at}: ${name} has a size`).toBeGreaterThan(0);
        expect(box.x, `${at}: ${name} left edge`).toBeGreaterThanOrEqual(0);
        expect(box.y, `${at}: ${name} top edge`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${at}: ${name} right edge`).toBeLessThanOrEqual(size.width);
        expect(box.y + box.height, `${at}: ${name} bottom edge`).toBeLessThanOrEqual(size.height);
        if (name.endsWith("button")) {
          expect(box.height, `${at}: ${name} height`).toBeGreaterThanOrEqual(56);
          expect(box.width, `${at}: ${name} width`).toBeGreaterThanOrEqual(56);
        }
      }
      // The face is a picture to work from, not a thumbnail.
      const face = await page.locator(PARTS.face).boundingBox();
      expect(face?.height ?? 0, `${at}: face height`).toBeGreaterThanOrEqual(
        Math.min(120, size.height / 4),
      );
    }
    await page.close();
  });
});
