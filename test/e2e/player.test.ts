import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/chromium.ts";
import { type NuraServer, startNura } from "./support/nura-server.ts";
import {
  oneMinutePlan,
  openWithPending,
  sessionRecords,
  startWith,
} from "./support/player-page.ts";

/** Web Animations running on the drawn face (not the CSS transitions of the bars). */
const artAnimations = (page: Page) =>
  page.evaluate(
    () =>
      document
        .getAnimations()
        .filter((a) => (a.effect as KeyframeEffect | null)?.target?.closest(".face-art")).length,
  );

describe("the session player (fake page clock, real scheduler)", () => {
  let server: NuraServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    server = await startNura();
  });

  // Each test gets a fresh profile, so no session is left over from another.
  beforeEach(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await browser?.close();
  });

  afterAll(async () => {
    expect(await server?.stop()).toBe(0);
  });

  it("runs a 1-minute plan to its end after one tap and records the session", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.clock.install();
    const pending = oneMinutePlan();
    await openWithPending(page, server.url, pending);
    await page.getByRole("heading", { name: "Evening massage" }).waitFor();
    expect(await page.getByRole("listitem").count()).toBeGreaterThanOrEqual(
      pending.plan.steps.length,
    );
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);

    // Headless Chromium has no voices: the player says so once and falls back to chimes.
    await page.clock.runFor(2000);
    expect(await page.getByText("No voice is available on this device").count()).toBe(1);

    // Nothing is chosen for a person whose routine has no slip product: the start asks for it.
    expect(
      await page.getByRole("radio", { checked: true, name: /Serum|oil|Moisturizer|Cream/ }).count(),
    ).toBe(0);
    await page.getByRole("button", { name: "It's on my skin: start" }).click();
    await page.getByText("Choose what you put on first: never massage dry skin.").waitFor();
    expect(await page.locator(".running").count()).toBe(0);
    await startWith(page, "Facial oil");
    // The page clock is fake: performance.now moves only when the test moves it.
    const before = await page.evaluate(() => performance.now());
    await page.clock.runFor(3000);
    expect((await page.evaluate(() => performance.now())) - before).toBeGreaterThanOrEqual(3000);

    const first = pending.plan.steps[0];
    if (!first) throw new Error("empty plan");
    await page.locator(".player[data-status=running]").waitFor();
    expect(await page.locator(".caption .caption__line--now").textContent()).toBe(
      first.cues[0]?.text,
    );
    await page.getByText("The screen stays on during the session.").waitFor();
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
    // Lock screen and headset controls see the step and that it plays.
    expect(
      await page.evaluate(() => [
        navigator.mediaSession.metadata?.album,
        navigator.mediaSession.playbackState,
      ]),
    ).toEqual(["Evening massage", "playing"]);

    await page.clock.runFor(30_000);
    const mid = await page.locator("#step-title").textContent();
    const midCaption = await page.locator(".caption .caption__line--now").textContent();
    expect(mid).not.toBeNull();
    expect(midCaption).not.toBe(first.cues[0]?.text);

    await page.clock.runFor(31_000);
    await page.getByRole("heading", { name: "Session done" }).waitFor();
    await page.getByText("Saved to your history on this device.").waitFor();
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);

    const sessions = await sessionRecords(page);
    expect(sessions).toHaveLength(1);
    const body = sessions[0]?.body;
    const zones = [...new Set(pending.plan.steps.map((s) => s.zone))];
    expect(body).toMatchObject({
      slot: "pm",
      completed: true,
      secondsDone: 60,
      zones,
      medium: "facial-oil",
      plan: { minutes: 1, totalSeconds: 60, stepCount: pending.plan.steps.length, adjustments: [] },
    });
    expect(errors).toEqual([]);
  });

  it("pauses and resumes from the keyboard, moves between steps, and ends early once asked", async () => {
    const page = await browser.context.newPage();
    await page.clock.install();
    const pending = oneMinutePlan();
    await openWithPending(page, server.url, pending);
    await startWith(page);
    // From here the page's time moves only when the test moves it (the countdown is 3 s long).
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 50));
    // The countdown's timer is set after its first paint, and a paused page clock also holds
    // back paint callbacks: let them run (16 ms frame; Preact's 100 ms fallback) before the 3 s.
    await page.getByRole("heading", { name: "Hands in place" }).waitFor();
    await page.clock.runFor(100);
    await page.clock.runFor(3000);
    await page.locator(".player[data-status=running]").waitFor();
    await page.clock.runFor(2000);
    // The start button is gone and the player holds the focus, so the keys work without Tab.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("running"))).toBe(
      true,
    );

    await page.keyboard.press("Space");
    await page.locator(".player[data-status=paused]").waitFor();
    const heldAt = await page.locator(".ring-time").textContent();
    await page.clock.runFor(20_000);
    expect(await page.locator(".ring-time").textContent()).toBe(heldAt);
    expect(await page.getByRole("button", { name: "Resume" }).count()).toBe(1);

    await page.keyboard.press("Space");
    await page.locator(".player[data-status=running]").waitFor();
    const bar = () => page.locator(".running progress").getAttribute("value");
    const firstSeconds = pending.plan.steps[0]?.seconds;
    await page.keyboard.press("ArrowRight");
    await page.clock.runFor(300);
    expect(await bar()).toBe(String(firstSeconds));
    await page.keyboard.press("ArrowLeft");
    await page.clock.runFor(300);
    expect(await bar()).toBe("0");
    await page.clock.runFor(4000);

    // "End the session?" holds the clock while it is asked; "Keep going" lets it run again.
    await page.keyboard.press("Escape");
    await page.clock.runFor(100); // the sheet opens in an effect, after a frame
    await page.getByRole("dialog", { name: "End the session?" }).waitFor();
    await page.locator(".player[data-status=paused]").waitFor();
    const askedAt = await page.locator(".ring-time").textContent();
    await page.clock.runFor(10_000);
    expect(await page.locator(".ring-time").textContent()).toBe(askedAt);
    await page.locator(".sheet__footer").getByRole("button", { name: "Keep going" }).click();
    await page.locator(".player[data-status=running]").waitFor();
    await page.clock.runFor(1000);
    await page.getByRole("button", { name: "End", exact: true }).click();
    await page.clock.runFor(100);
    await page.getByRole("dialog", { name: "End the session?" }).waitFor();
    await page.getByRole("button", { name: "End session" }).click();
    await page.getByRole("heading", { name: "Session ended early" }).waitFor();
    await page.getByText("Saved to your history on this device.").waitFor();
    const sessions = await sessionRecords(page);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.body).toMatchObject({ completed: false, secondsDone: 5 });
  });

  it("a tap on the large area pauses, and a reload resumes the running session where the clock says", async () => {
    const page = await browser.context.newPage();
    const pending = oneMinutePlan();
    await openWithPending(page, server.url, pending);
    await startWith(page);
    await page.locator(".player[data-status=running]").waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: "Pause" }).click();
    await page.locator(".player[data-status=paused]").waitFor();
    await page.getByRole("button", { name: "Resume" }).click();
    await page.waitForTimeout(1500);
    await page.reload();
    await page.locator(".player[data-status=running]").waitFor();
    const done = await page.locator(".running progress").getAttribute("value");
    expect(Number(done)).toBeGreaterThanOrEqual(1);
    expect(Number(done)).toBeLessThan(10);

    // The drawn face moves the hands; under reduced motion it is a still drawing with arrows.
    const art = page.locator(".running .face-art");
    await art.waitFor();
    expect(await art.getAttribute("aria-label")).toMatch(/\w/);
    await expect.poll(() => artAnimations(page)).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await expect.poll(() => artAnimations(page)).toBe(0);
    expect(await art.locator(".fa-arrow").first().isVisible()).toBe(true);
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await expect.poll(() => artAnimations(page)).toBeGreaterThan(0);
  });
});
