import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard } from "./support/today-page.ts";

describe("a practice from Learn passes the person's own safety screen", () => {
  const suite = useServerAndBrowser();

  it("refuses gua sha on blood thinners, saying why, and still guides finger strokes", async () => {
    const page = await suite.browser.context.newPage();
    await onboard(page, suite.server.url, { health: ["Taking blood thinners"] });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();

    await page.goto(`${suite.server.url}/learn/techniques/gua-sha`);
    await page.getByRole("button", { name: "Practice 1 minute" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "Gua sha strokes is not part of your sessions right now.",
    );
    expect(page.url()).toBe(`${suite.server.url}/learn/techniques/gua-sha`);

    await page.goto(`${suite.server.url}/learn/techniques/strokes`);
    await page.getByRole("button", { name: "Practice 1 minute" }).click();
    await page.waitForURL(`${suite.server.url}/session`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Practice: Strokes");
    await page.close();
  });
});
