import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard } from "./support/today-page.ts";

describe("notifications, the calendar subscription and accessibility", () => {
  const suite = useServerAndBrowser();

  it("has no serious accessibility problems on Welcome, Today, Routines and Settings", async () => {
    const page = await suite.browser.context.newPage();
    await page.clock.setFixedTime(new Date("2026-03-25T08:00:00"));
    await page.goto(suite.server.url);
    await page.getByRole("heading", { name: "Welcome to Nura" }).waitFor();
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
    await onboard(page, suite.server.url, { health: ["Taking blood thinners"] });
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.getByText("Skip zones today").click();
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
    for (const [path, heading] of [
      ["/routines", "Routines"],
      ["/settings", "Settings"],
    ] as const) {
      await page.goto(`${suite.server.url}${path}`);
      await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
      expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
    }
    await page.close();
  });

  it("sends the reminder as a service-worker notification once notifications are allowed", async () => {
    await suite.browser.context.grantPermissions(["notifications"], { origin: suite.server.url });
    const page = await suite.browser.context.newPage();
    // Records each notification the service worker registration accepted (its promise
    // resolved). Headless Chromium has no notification centre and may drop a shown
    // notification before `getNotifications()` lists it, so the list is not a reliable witness.
    await page.addInitScript(() => {
      const shown: string[] = [];
      (globalThis as unknown as { shownNotifications: string[] }).shownNotifications = shown;
      const real = ServiceWorkerRegistration.prototype.showNotification;
      ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
        return real.call(this, title, options).then(() => {
          shown.push(`${title}: ${options?.body} [${options?.tag}]`);
        });
      };
    });
    await page.clock.install({ time: new Date("2026-03-25T20:59:00") });
    await page.goto(suite.server.url);
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.clock.runFor(2 * 60_000);
    // The check that fires at 21:00 finishes asynchronously (IndexedDB, then the service
    // worker), so the test waits for the notification rather than reading once.
    await expect
      .poll(
        () =>
          page.evaluate(
            () => (globalThis as unknown as { shownNotifications: string[] }).shownNotifications,
          ),
        { timeout: 10_000 },
      )
      .toEqual(["Nura: Time for your evening routine and its face massage. [nura-pm-2026-03-25]"]);
    expect(await page.getByRole("alert").filter({ hasText: "Time for your evening" }).count()).toBe(
      0,
    );
    await page.close();
  });

  it("gives a signed-in person a subscription address that serves their synced reminders", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/settings`);
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    // Signed out, Settings offers the subscription once it knows nobody is signed in.
    await page.getByText("you also get an address to subscribe to").waitFor();
    await page.goto(`${suite.server.url}/account`);
    await page.getByRole("button", { name: "No account yet? Create one" }).click();
    await page.getByLabel("Email").fill("reminders@example.org");
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: "Signed in as reminders@example.org" }).waitFor();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await page.getByLabel("Morning reminder time").fill("06:15");
    await page.getByRole("button", { name: "Save reminders" }).click();
    await page.getByText("Reminders saved.").waitFor();
    await page.getByRole("button", { name: "Get a subscription address" }).click();
    const url = await page
      .getByLabel("Subscribe to this address in your calendar app")
      .inputValue();
    expect(url).toMatch(new RegExp(`^${suite.server.url}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    // The device pushes its settings in the background; the subscription shows them once synced.
    let ics = "";
    for (let i = 0; i < 40 && !ics.includes("T061500"); i++) {
      ics = await (await fetch(url)).text();
      if (!ics.includes("T061500")) await new Promise((r) => setTimeout(r, 250));
    }
    const vcal = new ICAL.Component(ICAL.parse(ics));
    const morning = vcal.getAllSubcomponents("vevent")[0];
    expect(String(morning?.getFirstPropertyValue("summary"))).toBe("Nura: morning face massage");
    expect(morning?.getFirstPropertyValue("dtstart")?.toString()).toMatch(/T06:15:00$/);
    expect(morning?.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action")).toBe(
      "DISPLAY",
    );
    await page.close();
  });
});
