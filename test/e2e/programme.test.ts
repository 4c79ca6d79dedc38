import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard, setStepper } from "./support/today-page.ts";

describe("a programme chosen, paused, resumed and left", () => {
  const suite = useServerAndBrowser();

  it("shows Day N of M on Today and plans that day's session from it", async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.clock.setFixedTime(new Date("2026-03-25T08:00:00"));
    await onboard(page, suite.server.url, { am: 4 });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("4 min");

    await page.getByRole("link", { name: "Follow a programme" }).click();
    await page.getByRole("heading", { name: "Programmes", level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const habit = page.getByRole("region", { name: "Habit: five weeks" });
    // Started eight days ago: today is day 9 of 35.
    await habit.getByLabel("First day").fill("2026-03-17");
    await habit.getByRole("button", { name: "Start Habit" }).click();

    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await page.getByTestId("programme-day").textContent()).toBe("Day 9 of 35");
    // Day 9 is in the learning weeks: 3 minutes with the hands, cheeks and forehead in focus.
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("3 min");
    expect(await page.locator(".programme-note").textContent()).toBe(
      "Today's programme session: Cheeks, jawline and forehead, 3 min.",
    );
    expect(await page.getByText("0 of 9 practice days done so far").isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await page.getByTestId("programme-day").textContent()).toBe("Day 9 of 35");

    await page.getByRole("link", { name: "Pause or change" }).click();
    await page.getByRole("button", { name: "Pause the programme" }).click();
    await page.getByRole("button", { name: "Resume the programme" }).waitFor();
    await page.getByRole("link", { name: "Today" }).click();
    expect(await page.getByTestId("programme-day").textContent()).toBe("Paused before day 9 of 35");
    // Paused, Today plans the person's usual morning again.
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("4 min");

    await page.getByRole("link", { name: "Pause or change" }).click();
    await page.getByRole("button", { name: "Resume the programme" }).click();
    await page.getByRole("button", { name: "Leave the programme" }).click();
    await page.getByRole("button", { name: "Yes, leave it" }).click();
    await page.getByRole("heading", { name: "Choose a programme" }).waitFor();
    await page.getByRole("link", { name: "Today" }).click();
    await page.getByRole("link", { name: "Follow a programme" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("head and neck lymphedema on Today", () => {
  const suite = useServerAndBrowser();

  it("plans no massage and offers a plain timer for the therapist's routine", async () => {
    const page = await suite.browser.context.newPage();
    await page.clock.install({ time: new Date("2026-03-25T08:00:00") });
    await onboard(page, suite.server.url, {
      health: [
        "Lymphedema in the head or neck, or lymph nodes there removed or treated with radiation",
      ],
    });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "No massage step today" }).waitFor();
    expect(await page.getByText(/certified lymphedema therapist/).isVisible()).toBe(true);
    const timer = page.getByRole("region", { name: "Timer for your therapist's routine" });
    await setStepper(timer, "Minutes", 2);
    expect(await timer.getByTestId("therapist-timer-left").textContent()).toBe("2:00");
    await timer.getByRole("button", { name: "Start" }).click();
    // The display ticks four times a second from shortly after the start, and rounds up.
    await page.clock.runFor(61_500);
    expect(await timer.getByTestId("therapist-timer-left").textContent()).toBe("0:59");
    await page.clock.runFor(60_000);
    await timer.getByText("Time is up.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
