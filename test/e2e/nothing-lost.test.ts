import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { allowStorageWrites, failStorageWrites } from "./support/fail-storage.ts";
import {
  oneMinutePlan,
  openWithPending,
  sessionRecords,
  startWith,
} from "./support/player-page.ts";
import { useServerAndFreshBrowser } from "./support/suite.ts";
import { onboard, stepperValue } from "./support/today-page.ts";

const unsaved = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("nura:unsaved-sessions") ?? "[]").length);

/** Plays the one-minute plan to its end with the device database refusing record writes. */
async function finishWithFullDisk(page: Page, url: string): Promise<void> {
  await page.clock.install();
  await openWithPending(page, url, oneMinutePlan());
  await startWith(page);
  await page.locator(".player[data-status=running]").waitFor({ timeout: 10_000 });
  await failStorageWrites(page, ["records"]);
  await page.clock.runFor(65_000);
  await page.getByRole("heading", { name: "Session done" }).waitFor();
}

describe("nothing a person did is lost", () => {
  const suite = useServerAndFreshBrowser();

  it("keeps a finished session the device database refused, and writes it on the next start", async () => {
    const page = await suite.browser.context.newPage();
    await finishWithFullDisk(page, suite.server.url);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.locator("p").textContent()).toBe(
      "Could not save this session to your history yet: this device's storage is full. Free some space (old photos take the most) and try again. It is kept on this device, and Nura tries again by itself, also the next time you open the app.",
    );
    expect(await alert.getByRole("button", { name: "Try again" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // It tries again by itself, and keeps the session aside while the disk stays full.
    await page.clock.runFor(16_000);
    expect(await sessionRecords(page)).toEqual([]);
    expect(await unsaved(page)).toBe(1);
    await page.close();

    const next = await suite.browser.context.newPage();
    await next.goto(`${suite.server.url}/progress/history`);
    await next.getByText("1 session and 0 check-ins.").waitFor();
    const sessions = await sessionRecords(next);
    expect(sessions.map((s) => [s.body.slot, s.body.completed, s.body.secondsDone])).toEqual([
      ["pm", true, 60],
    ]);
    expect(await unsaved(next)).toBe(0);
    // The player's state ended with it: /session does not replay the finished session.
    await next.goto(`${suite.server.url}/session`);
    await next.getByRole("heading", { name: "No session waiting" }).waitFor();
    expect(await sessionRecords(next)).toHaveLength(1);
  });

  it("saves the refused session with the retry button, once", async () => {
    const page = await suite.browser.context.newPage();
    await finishWithFullDisk(page, suite.server.url);
    await page.getByRole("alert").waitFor();
    await allowStorageWrites(page);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByText("Saved to your history on this device.").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await unsaved(page)).toBe(0);
    // The timed retry finds nothing left to do, and a later start writes nothing twice.
    await page.clock.runFor(16_000);
    await page.goto(`${suite.server.url}/progress/history`);
    await page.getByText("1 session and 0 check-ins.").waitFor();
    expect(await sessionRecords(page)).toHaveLength(1);
  });

  it("keeps the onboarding answers when saving them fails, and saves them on retry", async () => {
    const page = await suite.browser.context.newPage();
    await onboard(page, suite.server.url, { am: 7, pm: 9 });
    await failStorageWrites(page, ["records"]);
    await page.getByRole("button", { name: "Save my routines" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.locator("p").textContent()).toBe(
      "Could not save your answers: this device's storage is full. Free some space (old photos take the most) and try again. Your answers are still here, nothing you chose is lost.",
    );
    await page.getByRole("heading", { name: "Step 6 of 6: Your routines" }).waitFor();
    expect(await page.getByRole("button", { name: "Save my routines" }).isEnabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Back" }).click();
    expect(await stepperValue(page, "Morning massage, minutes")).toBe(7);
    expect(await stepperValue(page, "Evening massage, minutes")).toBe(9);
    await page.getByRole("button", { name: "Next" }).click();

    await allowStorageWrites(page);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { name: "Today" }).waitFor();
    await page.goto(`${suite.server.url}/welcome`);
    await page.getByRole("heading", { name: "Edit your setup" }).waitFor();
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Next" }).click();
    expect(await stepperValue(page, "Morning massage, minutes")).toBe(7);
  });

  it("says a screen could not load, with a retry, instead of loading for ever", async () => {
    const page = await suite.browser.context.newPage();
    const blocked = (url: URL) => /\/assets\/settings-screen-[\w-]+\.js$/.test(url.pathname);
    await page.route(blocked, (route) => route.abort("internetdisconnected"));
    await page.goto(`${suite.server.url}/settings`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.locator("p").textContent()).toBe(
      "Could not load settings: a part of the app could not be downloaded. Check your connection and try again.",
    );
    await page.unroute(blocked);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  });
});
