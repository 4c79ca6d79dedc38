import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { deviceRecords, readDeviceDb } from "./support/device-db.ts";
import { makePng } from "./support/picture.ts";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard } from "./support/today-page.ts";

/** Live records of one kind on the page's device. */
async function live(page: Page, kind: string) {
  return (await deviceRecords(page)).filter((r) => r.kind === kind && r.deleted === false);
}

/** Counts the requests the page sends to one API path. */
function countRequests(page: Page, method: string, path: string): () => number {
  let n = 0;
  page.on("request", (r) => {
    if (r.method() === method && new URL(r.url()).pathname === path) n++;
  });
  return () => n;
}

describe("a double tap creates one thing", () => {
  const suite = useServerAndBrowser();

  it("saves one check-in", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/progress/check-in`);
    await page
      .getByRole("group", { name: "Tension" })
      .getByRole("radio", { name: /^2 ?, Tight$/ })
      .check();
    await page.getByRole("button", { name: "Save check-in" }).dblclick();
    await page.getByRole("heading", { name: "Consistency" }).waitFor();
    await page.waitForTimeout(300);
    expect((await live(page, "checkin")).map((r) => r.body)).toMatchObject([
      { ratings: { tension: 4 } },
    ]);
    await page.close();
  });

  it("saves one photo", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/progress/photos`);
    await page.getByLabel("Choose a picture").setInputFiles({
      name: "even.png",
      mimeType: "image/png",
      buffer: await makePng(page, "even"),
    });
    await page.getByRole("button", { name: "Save photo" }).dblclick();
    await page.getByRole("heading", { name: "Saved photos (1)" }).waitFor();
    await page.waitForTimeout(300);
    expect(await readDeviceDb(page, { store: "photos", op: "count" })).toBe(1);
    expect(await page.getByText("Saved photos (1)").count()).toBe(1);
    await page.close();
  });

  it("adds one step to a routine, and removes one", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/routines`);
    const morning = page.getByRole("region", { name: "Morning" });
    await morning.getByText("Face massage", { exact: false }).waitFor();
    const before = await morning.getByRole("listitem").count();
    await morning.getByLabel("Add a product").selectOption("toner");
    await morning.getByLabel("Its name (optional)").fill("Rose water");
    await morning.getByRole("button", { name: "Add to morning" }).dblclick();
    await morning.getByText("Added Toner.").waitFor();
    await page.waitForTimeout(300);
    expect(await morning.getByRole("listitem").count()).toBe(before + 1);
    expect(await morning.getByText("Toner: Rose water").count()).toBe(1);
    // Removing is as careful: the second half of the double tap would hit the next step.
    await morning.getByRole("button", { name: "Remove Toner: Rose water" }).dblclick();
    await morning.getByText("Removed Toner: Rose water.").waitFor();
    await page.waitForTimeout(300);
    expect(await morning.getByRole("listitem").count()).toBe(before);
    await page.close();
  });

  it("starts one session from Today and records it once", async () => {
    const page = await suite.browser.context.newPage();
    await page.clock.install({ time: new Date("2026-03-25T08:00:00") });
    await onboard(page, suite.server.url, { am: 1 });
    await page.getByRole("button", { name: "Save my routines" }).dblclick();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await live(page, "profile")).toHaveLength(1);
    await page.getByRole("button", { name: "Start the massage" }).dblclick();
    await page.getByRole("heading", { name: "Morning massage" }).waitFor();
    await page.getByRole("button", { name: "It's on my skin: start" }).dblclick();
    await page.clock.runFor(2000);
    await page.locator(".player[data-status=running]").waitFor();
    await page.clock.runFor(62_000);
    await page.getByText("Saved to your history on this device.").waitFor();
    await page.clock.runFor(2000);
    expect(await live(page, "session")).toHaveLength(1);
    await page.close();
  });

  it("creates one account and one calendar address", async () => {
    const page = await suite.browser.context.newPage();
    const registers = countRequests(page, "POST", "/api/auth/register");
    const tokens = countRequests(page, "POST", "/api/calendar/token");
    await page.goto(`${suite.server.url}/account`);
    await page.getByRole("button", { name: "No account yet? Create one" }).click();
    await page.getByLabel("Email").fill("twice@example.org");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create an account" }).dblclick();
    await page.getByRole("heading", { name: "Signed in as twice@example.org" }).waitFor();
    expect(registers()).toBe(1);
    expect(await page.getByRole("alert").count()).toBe(0);

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Get a subscription address" }).dblclick();
    const url = await page
      .getByLabel("Subscribe to this address in your calendar app")
      .inputValue();
    await page.waitForTimeout(300);
    expect(tokens()).toBe(1);
    expect((await fetch(url)).status).toBe(200);
    await page.close();
  });
});
