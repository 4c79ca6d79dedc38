import { describe, expect, it } from "vitest";
import {
  type DeviceRecord,
  deviceRecord,
  deviceRecords,
  putDeviceRecords,
} from "./support/device-db.ts";
import { useServerAndBrowser } from "./support/suite.ts";
import { onboard, runMassage } from "./support/today-page.ts";

describe("onboarding and Today", () => {
  const suite = useServerAndBrowser();

  it("sends a fresh profile to onboarding and opens Today on the morning routine it saved", async () => {
    const page = await suite.browser.context.newPage();
    await page.clock.setFixedTime(new Date("2026-03-25T08:00:00"));
    await onboard(page, suite.server.url, {
      am: 4,
      pm: 6,
      botox: { date: "2026-03-20", zones: ["forehead"] },
    });
    const morning = page.getByRole("region", { name: "Morning routine" });
    expect(await morning.getByRole("listitem").allTextContents()).toEqual([
      "Serum (Vitamin C)",
      "Face massage, 4 min",
      "Moisturizer",
    ]);
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await page.getByRole("radio", { name: "Morning" }).isChecked()).toBe(true);
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("4 min");
    // Forehead Botox five days ago: the brows and temples beside it are left out too.
    expect(await page.getByRole("list", { name: "Adjustments" }).textContent()).toBe(
      "Forehead, brows and temples skipped: recent Botox",
    );
    expect(await page.locator(".step-count").textContent()).not.toContain("Forehead");
    expect(await page.getByText("Serum: Vitamin C").isVisible()).toBe(true);
    expect(await page.getByText(/this is the glide for your massage/).isVisible()).toBe(true);
    await page.getByRole("radio", { name: "Evening" }).check();
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("6 min");
    await page.close();
  });

  it("re-times the plan when zones are skipped today", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url);
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    const steps = page.locator(".step-count");
    expect(await steps.textContent()).toContain("Cheeks");
    await page.getByText("Skip zones today").click();
    await page.getByLabel("Breakout or inflamed spots").check();
    await page.getByRole("checkbox", { name: "Cheeks", exact: true }).check();
    expect(await steps.textContent()).not.toContain("Cheeks");
    // The page clock is the context's, still on 25 March: the Botox from the 20th still counts.
    // The skipped zones are read back from the device after the plan first draws.
    await expect
      .poll(() =>
        page.getByRole("list", { name: "Adjustments" }).getByRole("listitem").allTextContents(),
      )
      .toEqual(["Cheeks skipped: breakout", "Forehead, brows and temples skipped: recent Botox"]);
    // The massage still fills its minutes: the time went to the other zones.
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("4 min");
    await page.reload();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    // The skipped zones are read back from the device after the plan first draws.
    await expect
      .poll(() =>
        page.getByRole("list", { name: "Adjustments" }).getByRole("listitem").allTextContents(),
      )
      .toEqual(["Cheeks skipped: breakout", "Forehead, brows and temples skipped: recent Botox"]);
    await page.close();
  });
});

describe("a session started from Today", () => {
  const suite = useServerAndBrowser();

  it("runs the massage step in the player, records it, and Today shows the morning done", async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.clock.install({ time: new Date("2026-03-25T08:00:00") });
    await onboard(page, suite.server.url, { am: 1 });
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Done" }).count()).toBe(0);
    await runMassage(page, "Morning massage", 60);
    // The finish: what was done, the habit moving, the routine's next step, a one-tap check-in.
    expect(await page.getByRole("img", { name: /^Zones worked: / }).count()).toBe(1);
    await page.getByRole("heading", { name: "Your habit" }).waitFor();
    expect(await page.locator("[data-figure=streak]").textContent()).toContain("1 day");
    const next = await page.locator(".next-step h2").textContent();
    expect(next).toMatch(/^Now your [a-z]/);
    await page.getByRole("radio", { name: "Mostly relaxed" }).check();
    await page.locator(".quick-checkin").getByText("Saved.").waitFor();
    const checkins = (await deviceRecords(page)).filter((r) => r.kind === "checkin");
    expect(checkins.map((r) => (r.body as { ratings: unknown }).ratings)).toEqual([{ tension: 2 }]);
    await page.getByRole("link", { name: "Done" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.getByText("Done: you finished this routine's massage today.").waitFor();
    expect(await page.getByRole("radio", { name: /^Morning ?, done$/ }).isChecked()).toBe(true);
    expect(await page.getByRole("button", { name: "Start the massage again" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a stop answer in the health screen", () => {
  const suite = useServerAndBrowser();

  it("explains why, suggests a clinician, and leaves the massage step out", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url);
    await page.getByRole("heading", { name: "Welcome to Nura" }).waitFor();
    await page.getByRole("button", { name: "Get started" }).click();
    // Each goal carries its evidence grade, which opens the evidence over the form: no answer
    // is lost on the way.
    await page.getByRole("checkbox", { name: "Less puffiness" }).check();
    const grade = page.getByRole("button", { name: /^Evidence grade C for Less puffiness/ });
    expect(await grade.textContent()).toBe("C");
    expect(
      await page
        .getByRole("button", { name: /^Evidence grade D for Product absorption/ })
        .textContent(),
    ).toBe("D");
    await grade.click();
    const sheet = page.getByRole("dialog");
    await sheet.waitFor();
    expect(await sheet.getByRole("heading", { level: 2 }).textContent()).toMatch(/: grade C$/);
    await sheet.getByRole("button", { name: "Back to the questions" }).click();
    await sheet.waitFor({ state: "hidden" });
    expect(await page.getByRole("checkbox", { name: "Less puffiness" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("A blood clot, known or suspected").check();
    const why = page.getByRole("alert");
    expect(await why.textContent()).toContain("Please ask your doctor before massaging.");
    await page.getByRole("button", { name: "Skip the rest" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await page.getByRole("heading", { name: "No massage step today" }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole("button", { name: /Start the massage/ }).count()).toBe(0);
    await page.close();
  });
});

describe("an infection noted in onboarding", () => {
  const suite = useServerAndBrowser();

  it("stops the massage with only what applies, and brings it back once it has cleared", async () => {
    const page = await suite.browser.context.newPage();
    await page.clock.setFixedTime(new Date("2026-03-25T08:00:00"));
    await onboard(page, suite.server.url, {
      health: [
        "An infection on the face, head, eyes or skin right now (cold sore, shingles, pink eye, cellulitis)",
      ],
      botox: { date: "2026-03-20", zones: ["forehead"] },
    });
    await page.getByRole("button", { name: "Save my routines" }).click();
    const card = page.getByRole("region", { name: "No massage step today" });
    await card.waitFor();
    // The Botox adjustment does not apply on a day with no massage, and the rest of the
    // routine is not "as usual" with an infection.
    expect(await card.textContent()).not.toContain("Botox");
    expect(await card.textContent()).toContain(
      "Keep your hands and products off the infected area",
    );
    await card.getByRole("button", { name: "It has cleared" }).click();
    await page.getByRole("button", { name: "Start the massage" }).waitFor();
    expect(await page.getByRole("list", { name: "Adjustments" }).textContent()).toBe(
      "Forehead, brows and temples skipped: recent Botox",
    );
    // Undo puts the answer back, and the stop with it.
    await page.getByRole("button", { name: "Undo" }).click();
    await card.waitFor();
    await page.close();
  });
});

describe("damaged records and the weekly day", () => {
  const suite = useServerAndBrowser();

  it("offers the weekly routine on its day, next to the daily one", async () => {
    const page = await suite.browser.context.newPage();
    // 29 March 2026 is a Sunday, the default weekly day.
    await page.clock.setFixedTime(new Date("2026-03-29T18:00:00"));
    await onboard(page, suite.server.url);
    await page.getByRole("button", { name: "Save my routines" }).click();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    expect(await page.getByRole("radio", { name: "Evening" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Open the weekly routine" }).click();
    expect(await page.getByRole("radio", { name: "Weekly" }).isChecked()).toBe(true);
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("12 min");
    // The neck and shoulder release is part of the weekly massage, not a step of its own.
    expect(await page.locator(".step-count").textContent()).toMatch(
      /Left shoulder, Right shoulder/,
    );
    await page.close();
  });

  it("keeps Today working with a corrupt profile and routine, and says so", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url);
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    const ids = ["00000000-0000-7000-8000-000000000101", "00000000-0000-7000-8000-000000000102"];
    const stored = await Promise.all(ids.map((id) => deviceRecord(page, id)));
    expect(stored.map((r) => r?.id)).toEqual(ids);
    await putDeviceRecords(
      page,
      stored.map((r, i) => ({
        ...(r as DeviceRecord),
        body: i === 0 ? { schemaVersion: 1, goals: "glow", minutes: { am: 3 } } : "garbage",
      })),
    );
    await page.reload();
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    const notice = page.getByRole("status").filter({ hasText: "could not be read" });
    expect(await notice.textContent()).toBe(
      "Part of your profile (goals) could not be read and was reset.Your morning routine could not be read, so it was rebuilt from your products.",
    );
    await page.getByRole("radio", { name: "Morning" }).check();
    expect(await page.getByTestId("massage-minutes").textContent()).toBe("3 min");
    await page.close();
  });
});
