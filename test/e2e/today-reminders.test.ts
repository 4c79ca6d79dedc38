import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard, setStepper } from "./support/today-page.ts";

describe("reminders and routines", () => {
  const suite = useServerAndBrowser();

  it("shows a banner at the morning time while the app is open, when notifications are not allowed", async () => {
    const page = await suite.browser.context.newPage();
    await page.clock.install({ time: new Date("2026-03-25T07:28:00") });
    await onboard(page, suite.server.url, { am: 2 });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    // The reminders start a few seconds after the first screen (src/web/main.tsx): let them.
    await page.clock.runFor(5_000);
    await page.locator(".pwa-host").waitFor({ state: "attached" });
    expect(await page.getByText("Time for your morning routine").count()).toBe(0);
    await page.clock.runFor(3 * 60_000);
    const banner = page
      .getByRole("alert")
      .filter({ hasText: "Time for your morning routine and its face massage." });
    await banner.waitFor();
    await banner.getByRole("button", { name: "Dismiss" }).click();
    expect(await banner.count()).toBe(0);
    // Left open into the afternoon, Today moves on to the evening routine by itself.
    expect(await page.getByRole("radio", { name: "Morning" }).isChecked()).toBe(true);
    await page.clock.fastForward("06:30:00");
    await page.clock.runFor(61_000);
    expect(await page.getByRole("radio", { name: "Evening" }).isChecked()).toBe(true);
    await page.close();
  });

  it("saves reminder times and quiet days and downloads a calendar that ical.js accepts, with alarms", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/settings`);
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    await page.getByLabel("Morning reminder time").fill("06:45");
    await page.getByRole("checkbox", { name: "Evening reminder" }).uncheck();
    await page.getByRole("checkbox", { name: "Saturday" }).check();
    await page.getByRole("button", { name: "Save reminders" }).click();
    await page.getByText("Reminders saved.").waitFor();
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a calendar file (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("nura-reminders.ics");
    const ics = readFileSync(await download.path(), "utf8");
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const vcal = new ICAL.Component(ICAL.parse(ics));
    const events = vcal.getAllSubcomponents("vevent");
    expect(events.map((e) => String(e.getFirstPropertyValue("summary")))).toEqual([
      "Nura: morning face massage",
      "Nura: weekly face massage",
    ]);
    const morning = events[0];
    expect(morning?.getFirstProperty("dtstart")?.getParameter("tzid")).toBe(zone);
    expect(String(morning?.getFirstPropertyValue("rrule"))).toBe(
      "FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH,FR",
    );
    expect(morning?.getFirstPropertyValue("dtstart")?.toString()).toMatch(/T06:45:00$/);
    for (const e of events) {
      expect(e.getFirstPropertyValue("uid")).toMatch(/@nura$/);
      expect(e.getFirstPropertyValue("dtstamp")).not.toBeNull();
      expect(e.getAllSubcomponents("valarm").map((a) => a.getFirstPropertyValue("action"))).toEqual(
        ["DISPLAY"],
      );
    }
    await page.reload();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    expect(await page.getByLabel("Morning reminder time").inputValue()).toBe("06:45");
    expect(await page.getByRole("checkbox", { name: "Evening reminder" }).isChecked()).toBe(false);
    await page.close();
  });

  it("refuses a reorder the composer does not allow, with its reason, and Today follows the edits", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/routines`);
    const morning = page.getByRole("region", { name: "Morning" });
    await morning.waitFor();
    // From the keyboard: Arrow Up on the row's handle; the refusal shows in that row.
    const moisturizer = morning.getByRole("listitem").filter({ hasText: "Moisturizer" });
    const handle = moisturizer.getByRole("button", { name: "Move Moisturizer", exact: true });
    await handle.focus();
    await handle.press("ArrowUp");
    expect(await moisturizer.getByRole("alert").textContent()).toBe(
      "Not possible: Massage on the serum or oil, then seal it in with moisturizer or cream.",
    );
    // By drag: the handle pulled above the first row lands there, and that is refused too.
    const from = await handle.boundingBox();
    const top = await morning.getByRole("listitem").first().boundingBox();
    if (!from || !top) throw new Error("the rows are not drawn");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++)
      await page.mouse.move(from.x + from.width / 2, from.y - ((from.y - top.y + 20) * step) / 8);
    await page.mouse.up();
    expect(await moisturizer.getByRole("alert").textContent()).toBe(
      "Not possible: Serum goes on before moisturizer and cream, thin before thick.",
    );
    expect(await morning.locator(".step-name").allTextContents()).toEqual([
      "Serum: Vitamin C",
      "Face massage, 2 min",
      "Moisturizer",
    ]);
    await morning.getByLabel("Add a product").selectOption("toner");
    await morning.getByRole("button", { name: "Add to morning" }).click();
    await morning.getByText("Added Toner.").waitFor();
    // The list is read again from the device once the write is in, a moment after the toast.
    await expect
      .poll(() => morning.locator(".step-name").allTextContents())
      .toEqual(["Toner", "Serum: Vitamin C", "Face massage, 2 min", "Moisturizer"]);
    await page.getByRole("link", { name: "Today" }).click();
    await page.getByRole("radio", { name: /Morning/ }).check();
    await page.getByText("Pat a little into the skin with your palms.").waitFor();
    await page.close();
  });

  it("edits minutes, tools and the weekly day in Routines, and the answers again from Settings", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/routines`);
    await page.getByRole("heading", { name: "Routines", level: 1 }).waitFor();
    // The stepper holds no value out of range: End stops at the planner's 20 minutes.
    const morning = page.getByRole("spinbutton", { name: "Morning massage, minutes" });
    await morning.focus();
    await morning.press("End");
    await expect.poll(() => morning.getAttribute("aria-valuenow")).toBe("20");
    const more = page
      .getByRole("group", { name: "Morning massage, minutes" })
      .getByRole("button", { name: "More minutes" });
    expect(await more.getAttribute("aria-disabled")).toBe("true");
    await setStepper(page, "Morning massage, minutes", 3);
    await page.getByRole("checkbox", { name: "Facial roller" }).check();
    await page.getByLabel("Day for the weekly routine").selectOption("3");
    await page.getByRole("region", { name: "Morning" }).getByText("Face massage, 3 min").waitFor();

    await page.getByRole("link", { name: "Today" }).click();
    await page.getByRole("radio", { name: /Morning/ }).check();
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("3 min");

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "Change your answers" }).click();
    await page.getByRole("heading", { name: "Edit your setup" }).waitFor();
    expect(await page.getByRole("checkbox", { name: "Less puffiness" }).isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: "Glow" }).check();
    await page.getByRole("button", { name: "Save and close" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    // The routines edited by hand were kept (the products did not change).
    await page.getByRole("radio", { name: /Morning/ }).check();
    await page.getByText("Toner", { exact: true }).waitFor();
    expect(await page.locator(".focus").textContent()).toMatch(/^For less puffiness, glow;/);
    await page.close();
  });
});
