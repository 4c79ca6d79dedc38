import { describe, it } from "vitest";
import { expectOneScreen } from "./support/one-screen.ts";
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

const CONTROLS = ["Back", "Pause", "Next", "End"] as const;

describe("the running session is one screen, hands free", () => {
  const suite = useServerAndBrowser();

  it("shows the face, the step, its caption, the timer, the progress and 56 px controls without scrolling or navigation at every size", async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize(SIZES[0]);
    await openWithPending(page, suite.server.url, oneMinutePlan());
    await startWith(page);
    await page.locator(".player[data-status=running]").waitFor({ timeout: 10_000 });
    await page.locator(".running .face-art").waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectOneScreen(page, size, CONTROLS);
    }
    await page.close();
  });
});
