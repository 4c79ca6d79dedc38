import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useServerAndBrowser } from "./support/suite.ts";

describe("Learn technique, zone and evidence pages", () => {
  const suite = useServerAndBrowser();

  it("teaches a technique: map with its direction, zones, steps and graded benefits", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/techniques/roller`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Roller passes");
    await expect.poll(() => page.title()).toBe("Roller passes · Nura");
    expect(await page.getByRole("img", { name: /Face map: roller passes on/ }).count()).toBe(1);
    // The still map draws the direction on the practice's zone; the moving face shows the stroke.
    expect(await page.locator(".face-map-still .fa-arrow").count()).toBeGreaterThanOrEqual(1);
    const art = page.getByRole("img", { name: /^A facial roller rolling on / });
    expect(await art.count()).toBe(1);
    expect(await art.evaluate((el) => el.classList.contains("learn-art"))).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .getAnimations()
              .filter((a) => (a.effect as KeyframeEffect | null)?.target?.closest(".learn-art"))
              .length,
        ),
      )
      .toBeGreaterThan(0);
    const zones = page
      .getByRole("table", { name: "Zones, direction and pressure" })
      .getByRole("rowheader");
    expect(await zones.allTextContents()).toEqual([
      "Sides of the neck",
      "Cheeks",
      "Under the eyes",
      "Forehead",
    ]);
    const badges = page.locator(".benefit-list .grade-badge");
    expect(await badges.allTextContents()).toEqual(["B", "B/C"]);
    expect(await badges.first().getAttribute("href")).toBe("/learn/evidence#circulation");
    await page.close();
  });

  it("starts a one-minute practice of the technique in the player", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/techniques/kneading`);
    await page.getByRole("button", { name: "Practice 1 minute" }).click();
    await page.waitForURL(`${suite.server.url}/session`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Practice: Kneading");
    const steps = await page.locator(".step-list li").allTextContents();
    expect(steps).toHaveLength(2);
    for (const s of steps) expect(s.toLowerCase()).toContain("jaw muscle");
    await page.close();
  });

  it("lists a zone's cautions, under its usual technique on the drawn face", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/zones/under-eyes`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Under the eyes");
    expect(await page.locator(".learn-art").getAttribute("aria-label")).toMatch(
      /ring fingers? .*under the eyes/,
    );
    const cautions = page.locator("h2:has-text('Cautions') + ul li");
    expect(await cautions.allTextContents()).toEqual([
      "The skin here is about 0.2 mm thin: ring finger, feather-light, no pulling.",
      "Never a gua sha stone here.",
      "Skip with an eye infection.",
    ]);
    await page.close();
  });

  it("starts a one-minute practice of a zone's usual technique from its zone page", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/zones/forehead`);
    await page.getByRole("button", { name: "Practice 1 minute" }).click();
    await page.waitForURL(`${suite.server.url}/session`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(
      /^Practice: .+, forehead$/,
    );
    const steps = await page.locator(".step-list li").allTextContents();
    expect(steps).toHaveLength(1);
    expect(steps[0]?.toLowerCase()).toContain("forehead");
    await page.close();
  });

  it("explains every claim's grade on the evidence page, reachable by its anchor", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/learn/evidence#toxins`);
    // The screen loads after the page; the anchor is still honoured once it is drawn.
    await expect.poll(() => page.locator("#toxins").isVisible()).toBe(true);
    const inView = () =>
      page.evaluate(() => {
        const top = document.getElementById("toxins")?.getBoundingClientRect().top ?? -1;
        return window.scrollY > 0 && top >= 0 && top < window.innerHeight;
      });
    await expect.poll(inView).toBe(true);
    const titles = await page.locator(".claim-card h3").allTextContents();
    expect(titles).toHaveLength(8);
    expect(titles).toContain("Builds collagen and elasticity: grade B/C");
    expect(await page.locator("#toxins").textContent()).toContain("No study supports it.");
    await page.close();
  });

  it("has no axe violations on the hub, a technique, a zone and the evidence page", async () => {
    const page = await suite.browser.context.newPage();
    for (const path of [
      "/learn",
      "/learn/techniques/gua-sha",
      "/learn/zones/cheeks",
      "/learn/evidence",
    ]) {
      await page.goto(`${suite.server.url}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });
});
