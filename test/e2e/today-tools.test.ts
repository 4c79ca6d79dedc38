import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard } from "./support/today-page.ts";

describe("tools in the plan", () => {
  const suite = useServerAndBrowser();

  it("uses an owned roller in lines and passes, and leaves it out once fingers only is on", async () => {
    const page = await suite.browser.context.newPage();
    await page.clock.setFixedTime(new Date("2026-03-25T20:00:00"));
    await onboard(page, suite.server.url, { pm: 8 });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();

    const eveningSteps = async (): Promise<readonly string[]> => {
      await page.getByRole("link", { name: "Today" }).click();
      await page.getByRole("radio", { name: /Evening/ }).check();
      const line = (await page.locator(".step-count").textContent()) ?? "";
      const [count, names = ""] = line.split(": ");
      // Today's count and its names come from the same steps.
      expect(Number.parseInt(count ?? "", 10)).toBe(names.split(", ").length);
      await page.getByRole("button", { name: "Start the massage" }).click();
      await page.getByRole("button", { name: "It's on my skin: start" }).waitFor();
      return page.locator(".step-list li").allTextContents();
    };

    await page.getByRole("link", { name: "Routines" }).click();
    await page.getByRole("checkbox", { name: "Facial roller" }).check();
    const withRoller = await eveningSteps();
    const rolled = withRoller.filter((s) => s.includes("Roller passes"));
    expect(rolled.length).toBeGreaterThan(0);
    for (const s of rolled) expect(s).toMatch(/(five|six|seven|eight) passes/);

    await page.goto(`${suite.server.url}/routines`);
    await page.getByRole("checkbox", { name: "Fingers only" }).check();
    expect(await page.getByRole("checkbox", { name: "Facial roller" }).isChecked()).toBe(true);
    const fingers = await eveningSteps();
    expect(fingers.some((s) => s.includes("Roller passes"))).toBe(false);
    expect(fingers.length).toBeGreaterThan(0);
    await page.close();
  });
});
