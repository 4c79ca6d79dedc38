import type { Page } from "playwright-core";
import { expect } from "vitest";

/** What a person needs in view during a session, hands on the face: issue 17 §1. */
export const SESSION_PARTS = {
  face: ".running .face-art",
  "step name": "#step-title",
  side: ".running__side",
  technique: ".running__how",
  caption: ".caption .caption__line--now",
  timer: ".time-ring",
  "progress bar": ".running progress",
} as const;

/**
 * Asserts the running session fits the viewport `size` as one screen: no navigation, nothing to
 * scroll, every part of {@link SESSION_PARTS} and each control (by its accessible name, in the
 * page's language) inside the viewport, the controls at least 56 px, the face not a thumbnail.
 */
export async function expectOneScreen(
  page: Page,
  size: { readonly width: number; readonly height: number },
  controls: readonly string[],
): Promise<void> {
  const at = `${size.width}×${size.height}`;
  // A frame for the layout to follow the size.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  expect(await page.locator("nav, [role=navigation], .app-header").count(), at).toBe(0);
  const scroll = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { h: root.scrollHeight - innerHeight, w: root.scrollWidth - innerWidth };
  });
  expect(scroll, `${at}: nothing to scroll`).toEqual({ h: 0, w: 0 });
  const boxes = [
    ...Object.entries(SESSION_PARTS).map(([name, selector]) => ({
      name,
      locator: page.locator(selector).first(),
    })),
    ...controls.map((name) => ({
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
  const face = await page.locator(SESSION_PARTS.face).boundingBox();
  expect(face?.height ?? 0, `${at}: face height`).toBeGreaterThanOrEqual(
    Math.min(120, size.height / 4),
  );
}
