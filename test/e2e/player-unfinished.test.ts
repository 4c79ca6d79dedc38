import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ageActiveSession, sessionRecords, startWith } from "./support/player-page.ts";
import { useServerAndFreshBrowser } from "./support/suite.ts";
import { onboard } from "./support/today-page.ts";

const FOREHEAD = "/learn/zones/forehead";

/**
 * Starts a Learn page's one-minute practice (the app's own way into /session, so Back has a
 * page of the app to go to) and lets it run about 2 s.
 */
async function runFromLearn(page: Page, url: string, from = FOREHEAD): Promise<void> {
  await page.goto(`${url}${from}`);
  await page.getByRole("button", { name: "Practice 1 minute" }).click();
  await page.waitForURL((u) => u.pathname === "/session");
  await startWith(page);
  await page.locator(".player[data-status=running]").waitFor({ timeout: 10_000 });
  await page.waitForTimeout(2000);
}

/** Leaves the running session by the browser's Back, answering "Leave" when asked. */
async function leaveByBack(page: Page, to = FOREHEAD): Promise<void> {
  await page.goBack();
  await page.getByRole("dialog", { name: "Leave the session?" }).waitFor();
  await page.getByRole("button", { name: "Leave", exact: true }).click();
  await page.waitForURL((u) => u.pathname === to);
}

describe("a session is never lost, never silently resumed", () => {
  const suite = useServerAndFreshBrowser();

  it("asks before Back or closing the tab leaves a running session, holding the clock while it asks", async () => {
    const page = await suite.browser.context.newPage();
    await runFromLearn(page, suite.server.url);
    await page.goBack();
    await page.getByRole("dialog", { name: "Leave the session?" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/session");
    await page.locator(".player[data-status=paused]").waitFor();
    const asked = await page.locator(".ring-time").textContent();
    await page.waitForTimeout(1500);
    expect(await page.locator(".ring-time").textContent()).toBe(asked);
    await page.locator(".sheet__footer").getByRole("button", { name: "Keep going" }).click();
    await page.locator(".player[data-status=running]").waitFor();
    expect(new URL(page.url()).pathname).toBe("/session");

    // Closing the tab gets the browser's own question; dismissed, the session plays on.
    const asking = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const dialog = await asking;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);
    await page.locator(".player[data-status=running]").waitFor();

    await leaveByBack(page);
    expect(await sessionRecords(page)).toEqual([]); // left, not ended: nothing recorded yet
    await page.close();
  });

  it("Today offers the session in progress; Resume opens it where it was, End keeps its time", async () => {
    const page = await suite.browser.context.newPage();
    await onboard(page, suite.server.url);
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await runFromLearn(page, suite.server.url);
    await leaveByBack(page);
    await page.goto(suite.server.url);
    const card = page.locator(".unfinished-card");
    await card.getByRole("heading", { name: "Session in progress" }).waitFor();
    expect(await card.textContent()).toMatch(/Practice: .+, forehead/);

    await card.getByRole("button", { name: "Resume" }).click();
    await page.waitForURL((u) => u.pathname === "/session");
    // Back where it was, paused (it was paused by the question), not restarted.
    await page.locator(".player[data-status=paused]").waitFor();
    const done = Number(await page.locator(".running progress").getAttribute("value"));
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(10);
    await page.getByRole("button", { name: "Resume" }).click();
    await page.locator(".player[data-status=running]").waitFor();

    await leaveByBack(page, "/");
    await card.getByRole("button", { name: "End it" }).click();
    await card.waitFor({ state: "detached" });
    const sessions = await sessionRecords(page);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.body).toMatchObject({
      slot: "practice",
      completed: false,
      medium: "serum",
    });
    expect(Number(sessions[0]?.body.secondsDone)).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it("never resumes a session untouched for 30 minutes: it offers to keep its minutes or discard them", async () => {
    const page = await suite.browser.context.newPage();
    await runFromLearn(page, suite.server.url);
    await leaveByBack(page);
    await ageActiveSession(page, 31 * 60_000);

    // Opening the player does not drop into it: keep or discard, no Resume.
    await page.goto(`${suite.server.url}/session`);
    await page.getByRole("heading", { name: "A session was left unfinished" }).waitFor();
    const card = page.locator(".unfinished-card");
    expect(await card.getByRole("button", { name: "Resume" }).count()).toBe(0);
    expect(await page.locator(".running").count()).toBe(0);
    await card.getByRole("button", { name: "Discard" }).click();
    await page.getByRole("heading", { name: "No session waiting" }).waitFor();
    expect(await sessionRecords(page)).toEqual([]);

    // Kept instead: its minutes go to the history as a session ended early.
    await runFromLearn(page, suite.server.url);
    await leaveByBack(page);
    await ageActiveSession(page, 45 * 60_000);
    await page.goto(`${suite.server.url}/session`);
    await card.getByRole("button", { name: /^Keep / }).click();
    await page.getByRole("heading", { name: "No session waiting" }).waitFor();
    const sessions = await sessionRecords(page);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.body).toMatchObject({ completed: false, medium: "serum" });
    await page.close();
  });

  it("Learn's practice button opens the practice at its medium check, not the session left running", async () => {
    const page = await suite.browser.context.newPage();
    await runFromLearn(page, suite.server.url);
    await leaveByBack(page);

    await page.goto(`${suite.server.url}/learn/techniques/kneading`);
    await page.getByRole("button", { name: "Practice 1 minute" }).click();
    await page.waitForURL((u) => u.pathname === "/session");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Practice: Kneading");
    expect(await page.locator(".running").count()).toBe(0);
    // The medium check comes first, nothing chosen; the old session waits beside it.
    expect(await page.getByRole("radio", { name: "Serum", exact: true }).isChecked()).toBe(false);
    await page.locator(".unfinished-card").getByText("Session in progress").waitFor();

    // Starting the practice ends the old session, keeping its minutes, and records the medium.
    await startWith(page, "Moisturizer");
    await page.locator(".player[data-status=running]").waitFor({ timeout: 10_000 });
    expect(await page.locator("#step-title").textContent()).toMatch(/jaw muscle/i);
    const kept = await sessionRecords(page);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.body).toMatchObject({
      slot: "practice",
      zones: ["forehead"],
      completed: false,
      medium: "serum",
    });
    await page.close();
  });
});
