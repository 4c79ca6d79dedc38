import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../bench/support/processes.ts";
import { startSmtpSink } from "../../src/server/testing/smtp-sink.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser } from "./support/chromium.ts";
import { type NuraServer, startNura } from "./support/nura-server.ts";
import { useServerAndBrowser } from "./support/suite.ts";

const first = "seven quiet harbour lanterns";
const second = "orange bicycle under moonlight";

async function createAccount(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/account`);
  await page.getByRole("button", { name: /Create one/ }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByRole("heading", { name: `Signed in as ${email}` }).waitFor();
}

async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/account`);
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: `Signed in as ${email}` }).waitFor();
}

describe("the password and the devices signed in", () => {
  const suite = useServerAndBrowser();

  it("lists the devices, signs out the others, and changes the password", async () => {
    const phone = await suite.browser.context.newPage();
    await createAccount(phone, suite.server.url, "pat@example.org", first);
    const laptop = await launchBrowser();
    try {
      const other = await laptop.context.newPage();
      await signIn(other, suite.server.url, "pat@example.org", first);
      await phone.reload();
      const devices = phone.getByRole("region", { name: "Where you are signed in" });
      await expect.poll(() => devices.getByRole("listitem").count()).toBe(2);
      expect(await devices.getByRole("listitem").allTextContents()).toContainEqual(
        expect.stringContaining("(this device)"),
      );
      expect(await axeViolations(phone)).toEqual([]);
      await phone.getByRole("button", { name: "Sign out everywhere else" }).click();
      await phone.getByText("Signed out on 1 other device.").waitFor();
      await other.reload();
      await other.getByRole("heading", { name: "Sign in" }).waitFor();

      await phone.getByLabel("Current password").fill("not the password");
      await phone.getByLabel("New password", { exact: true }).fill(second);
      await phone.getByRole("button", { name: "Change the password" }).click();
      await phone.getByText("The current password is not right.").waitFor();
      await phone.getByLabel("Current password").fill(first);
      await phone.getByLabel("New password", { exact: true }).fill("Password123");
      await phone.getByRole("button", { name: "Change the password" }).click();
      await phone.getByText(/^Your new password is too easy to guess\./).waitFor();
      await phone.getByLabel("New password", { exact: true }).fill(second);
      await phone.getByRole("button", { name: "Change the password" }).click();
      await phone
        .getByText("Your password is changed, and every other device is signed out.")
        .waitFor();
      await signIn(other, suite.server.url, "pat@example.org", second);
    } finally {
      await laptop.close();
    }
  });

  it("says plainly when this server cannot mail a reset link", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/account`);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Forgot your password?" }).click();
    await page.getByLabel("Email").fill("pat@example.org");
    await page.getByRole("button", { name: "Email me a link" }).click();
    await page.getByText(/^This Nura server cannot send email\./).waitFor();
  });
});

describe("a forgotten password, reset by mail", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: NuraServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    const port = await freePort();
    server = await startNura({
      PORT: String(port),
      NURA_PUBLIC_URL: `http://127.0.0.1:${port}`,
      NURA_SMTP_URL: smtp.url,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await server.stop()).toBe(0);
    await smtp?.close();
  });

  it("mails a link that sets a new password once and signs the account out", async () => {
    const page = await browser.context.newPage();
    await createAccount(page, server.url, "sam@example.org", first);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Forgot your password?" }).click();
    await page.getByLabel("Email").fill("sam@example.org");
    await page.getByRole("button", { name: "Email me a link" }).click();
    await page.getByText(/^If an account has this email, a link is on its way/).waitFor();
    const mail = await smtp.next();
    const text = mail.raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    const link = /(http:\/\/127\.0\.0\.1:\d+\/account\/reset#token=[A-Za-z0-9_-]{43})/.exec(
      text,
    )?.[1];
    expect(link).toBeDefined();

    await page.goto(link as string);
    await page.getByRole("heading", { name: "Set a new password" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("New password", { exact: true }).fill(second);
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.getByRole("heading", { name: "Your new password is set" }).waitFor();
    // The used token is gone from the address.
    expect(new URL(page.url()).hash).toBe("");
    // Opening the link from the mail again, in a new tab.
    const again = await browser.context.newPage();
    await again.goto(link as string);
    await again.getByLabel("New password", { exact: true }).fill("another good passphrase");
    await again.getByRole("button", { name: "Set the new password" }).click();
    await again.getByText(/^This link has expired or was already used\./).waitFor();
    await signIn(again, server.url, "sam@example.org", second);
  });
});
