import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ApiClient, e2eRecord } from "./support/api-client.ts";
import { deviceRecord, putDeviceRecords, readDeviceDb } from "./support/device-db.ts";
import { useServerAndFreshBrowser } from "./support/suite.ts";

const password = "long enough passphrase";

/** Creates an account on the page and waits for its first sync. */
async function register(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/account`);
  await page.getByRole("button", { name: "No account yet? Create one" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByText(/^Synced at/).waitFor();
}

/** Writes one pending check-in on the device, stamped with the page's clock. */
async function pendingCheckin(page: Page, n: number): Promise<string> {
  const now = await page.evaluate(() => Date.now());
  const r = { ...e2eRecord(n, now, "phone", { n }), dirty: 1, updatedAt: now };
  await putDeviceRecords(page, [r]);
  return r.id;
}

const status = (page: Page) => page.locator(".sync-status [role=status]").textContent();

describe("sync answers the app must explain", () => {
  const suite = useServerAndFreshBrowser();

  it("keeps changes pending when the account is full, says so in the app's words, and still pulls", async () => {
    const page = await suite.browser.context.newPage();
    await register(page, suite.server.url, "full@example.org");
    const other = new ApiClient(suite.server.url);
    await other.send("POST", "/api/auth/login", { email: "full@example.org", password });
    const fromOther = e2eRecord(90, Date.now() - 60_000, "laptop", { from: "laptop" });
    expect(
      (await other.send("POST", "/api/sync/push", { deviceId: "laptop", records: [fromOther] }))
        .status,
    ).toBe(200);

    const message = "This account holds 20000 records; its limit is 20000";
    await page.route("**/api/sync/push", (route) =>
      route.fulfill({
        status: 413,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "quota-exceeded", message } }),
      }),
    );
    const mine = await pendingCheckin(page, 1);
    await page.getByRole("button", { name: "Sync now" }).click();
    await page.getByText(/^Sync failed/).waitFor();
    expect(await status(page)).toBe(
      "Sync failed: the account is full. 1 change stays on this device, not lost, and syncs once the account has room again.",
    );
    expect((await deviceRecord(page, mine))?.dirty).toBe(1);
    expect((await deviceRecord(page, fromOther.id))?.body).toEqual({ from: "laptop" });

    await page.unroute("**/api/sync/push");
    await page.getByRole("button", { name: "Retry" }).click();
    await page.getByText(/^Synced at/).waitFor();
    expect((await deviceRecord(page, mine))?.dirty).toBe(0);
    await page.close();
  });

  it("keeps changes pending when the server finds this device's clock ahead, and says what to do", async () => {
    const page = await suite.browser.context.newPage();
    await register(page, suite.server.url, "ahead@example.org");
    await page.route("**/api/sync/push", (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify({
          error: { code: "clock-skew", message: "records.0.version is more than 10 minutes ahead" },
        }),
      }),
    );
    const mine = await pendingCheckin(page, 2);
    await page.getByRole("button", { name: "Sync now" }).click();
    await page.getByText(/^Sync failed/).waitFor();
    expect(await status(page)).toBe(
      "Sync failed: this device's clock is more than 10 minutes ahead of the server's, so the server did not take what it stamped. Set this device's date and time right: 1 change stays on this device, not lost, and syncs once the clocks agree.",
    );
    expect((await deviceRecord(page, mine))?.dirty).toBe(1);
    await page.unroute("**/api/sync/push");
    await page.close();
  });

  it("sets a pulled change stamped far ahead aside, says so once, and keeps its own clock", async () => {
    const page = await suite.browser.context.newPage();
    await register(page, suite.server.url, "future@example.org");
    const future = { ...e2eRecord(91, 0, "broken", { from: "future" }), kind: "routine" };
    const stamped = { ...future, version: "9999999999999999-0000-broken" };
    await page.route("**/api/sync/pull*", async (route) => {
      const res = await route.fetch();
      const page1 = (await res.json()) as { records: unknown[] };
      await route.fulfill({
        response: res,
        json: { ...page1, records: [...page1.records, stamped] },
      });
    });
    await page.getByRole("button", { name: "Sync now" }).click();
    const held = page.locator(".sync-held");
    await held.waitFor();
    expect(await held.textContent()).toBe(
      "1 change from another device is stamped more than 10 minutes ahead of this device's clock, so it is set aside, not merged. Check the date and time on this device and your others; it is merged once the clocks agree.",
    );
    expect(await deviceRecord(page, future.id)).toBeUndefined();
    // The device's own clock did not jump to the far stamp: its next stamp follows the wall clock.
    const mine = await pendingCheckin(page, 3);
    await page.getByRole("button", { name: "Sync now" }).click();
    await page.getByText(/^Synced at/).waitFor();
    const hlc = await readDeviceDb<{ ms: number }>(page, { store: "meta", op: "get", key: "hlc" });
    const clock = hlc.ms - (await page.evaluate(() => Date.now()));
    expect(clock).toBeLessThan(60_000);
    expect((await deviceRecord(page, mine))?.dirty).toBe(0);
    expect(await held.count()).toBe(1);
    await page.close();
  });
});
