import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkinBody, sessionFacts } from "../../src/core/progress/test-fixtures.ts";
import { launchBrowser } from "./support/chromium.ts";
import { deviceRecords, putDeviceRecords } from "./support/device-db.ts";
import { type NuraServer, startNura } from "./support/nura-server.ts";

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** Writes a record into the device database as the app would, stamped with the page's clock. */
async function seedRecord(page: Page, id: string, kind: string, body: unknown, device: string) {
  const now = await page.evaluate(() => Date.now());
  await putDeviceRecords(page, [
    {
      id,
      kind,
      version: `${String(now).padStart(16, "0")}-0000-${device}`,
      deleted: false,
      body,
      dirty: 1,
      updatedAt: now,
    },
  ]);
}

/** `id:dirty` of every record on the device, sorted. */
async function recordIds(page: Page): Promise<string[]> {
  return (await deviceRecords(page)).map((r) => `${r.id}:${r.dirty}`).sort();
}

async function signInOn(page: Page, mode: "create" | "sign-in", email: string, password: string) {
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  if (mode === "create") await page.getByRole("button", { name: /Create one/ }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page
    .getByRole("button", { name: mode === "create" ? "Create an account" : "Sign in" })
    .click();
  await page.getByRole("heading", { name: `Signed in as ${email}` }).waitFor();
  await page.getByText(/^Synced at/).waitFor();
}

describe("sync between two devices", () => {
  let server: NuraServer;
  let phone: Browser;
  let laptop: Browser;

  beforeAll(async () => {
    server = await startNura();
    [phone, laptop] = await Promise.all([launchBrowser(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([phone?.close(), laptop?.close()]);
    await server?.stop();
  });

  it("merges each device's local data into the account and shows it on the other", async () => {
    const a = await phone.context.newPage();
    await a.goto(`${server.url}/account`);
    const sessionA = "01900000-0000-7000-8000-00000000000a";
    await seedRecord(
      a,
      sessionA,
      "session",
      sessionFacts({
        startedAt: "2026-11-24T07:00:00.000Z",
        endedAt: "2026-11-24T07:05:00.000Z",
        secondsDone: 300,
      }),
      "phone",
    );
    await signInOn(a, "create", "sam@example.org", "long enough passphrase");
    expect(await recordIds(a)).toEqual([`${sessionA}:0`]);

    const b = await laptop.context.newPage();
    await b.goto(`${server.url}/account`);
    const checkinB = "01900000-0000-7000-8000-00000000000b";
    await seedRecord(b, checkinB, "checkin", checkinBody({ ratings: { puffiness: 2 } }), "laptop");
    await signInOn(b, "sign-in", "sam@example.org", "long enough passphrase");
    expect(await recordIds(b)).toEqual([`${sessionA}:0`, `${checkinB}:0`]);

    await a.getByRole("button", { name: "Sync now" }).click();
    await a.getByText(/^Synced at/).waitFor();
    await expect.poll(() => recordIds(a)).toEqual([`${sessionA}:0`, `${checkinB}:0`]);
  });

  it("says what is wrong with a sign-in and keeps the form", async () => {
    const c = await laptop.context.newPage();
    await c.goto(`${server.url}/account`);
    await c.getByRole("button", { name: "Sign out", exact: true }).click();
    // Signing out says so and offers to clear the device; keeping it keeps every record.
    const left = c.getByRole("status").filter({ hasText: "You are signed out." });
    await left.waitFor();
    await left.getByRole("button", { name: "Keep it here" }).click();
    expect(await left.count()).toBe(0);
    expect(await recordIds(c)).toHaveLength(2);
    await c.getByLabel("Email").fill("sam@example.org");
    await c.getByLabel("Password").fill("wrong password here");
    await c.getByRole("button", { name: "Sign in" }).click();
    expect(await c.getByRole("alert").textContent()).toBe("The email or password is not right.");
    await c.getByLabel("Email").fill("not-an-email");
    await c.getByRole("button", { name: "Sign in" }).click();
    // The wrong field takes the focus and is described by its error.
    const email = c.getByLabel("Email");
    await expect.poll(() => email.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await c.locator(`#${await email.getAttribute("aria-describedby")}`).textContent()).toBe(
      "Enter your email address.",
    );

    // Signed in and out again, the device can be cleared: nothing of the account stays on it.
    await signInOn(c, "sign-in", "sam@example.org", "long enough passphrase");
    await c.getByRole("button", { name: "Sign out", exact: true }).click();
    await c.getByRole("button", { name: "Clear this device's data" }).click();
    await c.getByRole("heading", { name: "Welcome to Nura" }).waitFor();
    expect(await recordIds(c)).toEqual([]);
  });
});
