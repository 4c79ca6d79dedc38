import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import {
  localDateInPage,
  type SeedCheckin,
  type SeedSession,
  seedProgress,
  startClockAtAfternoon,
  storedSettings,
} from "./support/progress-seed.ts";
import { useServerAndBrowser } from "./support/suite.ts";
import { setStepper } from "./support/today-page.ts";

/** Evening sessions on the last 10 days except 4 days ago, mornings today and yesterday. */
const sessions: SeedSession[] = [
  ...[0, 1, 2, 3, 5, 6, 7, 8, 9].map((d): SeedSession => ({ daysAgo: d, hour: 20, slot: "pm" })),
  { daysAgo: 0, hour: 7, slot: "am" },
  {
    daysAgo: 1,
    hour: 7,
    slot: "am",
    medium: "facial-oil",
    tool: "gua-sha",
    zones: ["chin-jawline"],
  },
];
/** Daily puffiness over three weeks: 4 in the first week, 3 in the middle, 2 in the last. */
const checkins: SeedCheckin[] = Array.from({ length: 21 }, (_, i) => {
  const daysAgo = 20 - i;
  return {
    daysAgo,
    hour: 21,
    ratings: { puffiness: daysAgo >= 14 ? 4 : daysAgo >= 7 ? 3 : 2 },
    ...(daysAgo === 0 ? { reactions: [{ kind: "redness", zone: "chin-jawline" }] } : {}),
  };
});

describe("progress screen", () => {
  const suite = useServerAndBrowser();

  beforeAll(async () => {
    await startClockAtAfternoon(suite.browser.context);
  });

  it("shows the streak, heat map, trend chart and reactions for days of sessions and check-ins", async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${suite.server.url}/progress`);
    await page.getByRole("heading", { name: "Consistency" }).waitFor();
    await seedProgress(page, sessions, checkins);
    await page.reload();

    const streak = page.locator('[data-figure="streak"] dd');
    expect(await streak.textContent()).toBe("10 days (1 missed day forgiven)");
    expect(await page.locator('[data-figure="minutes"] dd').textContent()).toBe(
      "48 min, within the suggested 35–70 (5–10 a day)",
    );
    expect(await page.locator('[data-figure="slots"] dd').textContent()).toBe(
      "2 mornings, 6 evenings",
    );
    expect(await page.locator("#heat-summary").textContent()).toMatch(
      /^2 mornings and 9 evenings with a session since /,
    );

    const today = await localDateInPage(page, 0);
    const missed = await localDateInPage(page, 4);
    expect(
      await page
        .locator(`g[data-date="${today}"] rect`)
        .evaluateAll((rs) => rs.map((r) => r.getAttribute("class"))),
    ).toEqual(["heat-am done", "heat-pm done"]);
    expect(
      await page
        .locator(`g[data-date="${missed}"] rect`)
        .evaluateAll((rs) => rs.map((r) => r.getAttribute("class"))),
    ).toEqual(["heat-am missed", "heat-pm missed"]);
    expect(await page.locator(`g[data-date="${today}"] title`).textContent()).toMatch(
      /: morning and evening, 12 min$/,
    );

    const trend = page.locator('figure[data-measure="puffiness"]');
    expect(await trend.locator(".trend-text").textContent()).toBe(
      // Stored puffiness 4 → 2 (less puffy, the first format) reads as scores 2 → 4.
      "Puffiness ratings rose from 2.0 to 4.0, towards “Not puffy”, over 3 weeks of evening sessions.",
    );
    expect(await page.locator("figure.trend").count()).toBe(1);
    expect(await trend.locator(".uplot canvas").count()).toBe(1);
    expect(await trend.locator('[role="img"]').getAttribute("aria-label")).toContain(
      "session minutes as bars",
    );

    const reaction = page.locator(".reaction-list > li");
    expect(await reaction.count()).toBe(1);
    const text = await reaction.textContent();
    expect(text).toContain("Redness (Chin and jawline)");
    expect(text).toContain("Gua sha stone");
    expect(text).toContain("Worked on the same zone: Chin and jawline.");

    await page.getByLabel("Hide streaks").check();
    await page.locator('[data-figure="streak"]').waitFor({ state: "detached" });
    await expect.poll(() => storedSettings(page)).toEqual({ progress: { hideStreaks: true } });
    await page.reload();
    await page.locator('[data-figure="habit"]').waitFor();
    expect(await page.locator('[data-figure="streak"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("records a check-in after a session and lists it in an editable history", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/progress/history`);
    const sessionId = await page.locator('li[data-kind="session"]').first().getAttribute("data-id");
    await page.goto(`${suite.server.url}/progress/check-in?session=${sessionId}`);
    expect(await page.getByRole("link", { name: "Skip", exact: true }).getAttribute("href")).toBe(
      "/progress",
    );
    expect(await page.locator(".checkin-after").textContent()).toMatch(
      /^After your session of .+ \((Morning|Evening)\)\.$/,
    );
    // An empty check-in is refused, with what to do.
    await page.getByRole("button", { name: "Save check-in" }).click();
    expect(await page.getByRole("alert").textContent()).toBe(
      "Rate at least one measure, tick a reaction or write a note to check in.",
    );
    const tension = page.getByRole("group", { name: "Tension" });
    // Every scale runs 1 = worse to 5 = better: "Tight" is 2, stored as tension level 4.
    await tension.getByRole("radio", { name: /^2 ?, Tight$/ }).check();
    await tension.getByText("2 · Tight").waitFor();
    await page.getByLabel("Irritation").check();
    await page.getByRole("combobox").selectOption("forehead");
    await page.getByLabel("Note (optional)").fill("new cream");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { name: "Consistency" }).waitFor();
    await page.getByText("Check-in saved.").waitFor();
    // The screen shows what it had, then what the save changed: wait for the latter.
    await expect.poll(() => page.locator(".reaction-list > li").count()).toBe(2);

    await page.getByRole("link", { name: "History" }).click();
    const first = page.locator('li[data-kind="checkin"]').first();
    await expect
      .poll(() => first.textContent())
      .toContain("Tension: Tight (2 of 5). Reactions: Irritation (Forehead). Note: new cream");
    const checkinId = await first.getAttribute("data-id");
    const counts = page.getByText(/^\d+ sessions and \d+ check-ins\.$/);
    expect(await counts.textContent()).toBe("11 sessions and 22 check-ins.");

    await first.getByRole("link", { name: "Edit check-in" }).click();
    await page.getByLabel("Note (optional)").fill("new cream, stopped");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { name: "History" }).waitFor();
    const edited = page.locator(`li[data-id="${checkinId}"]`);
    await expect.poll(() => edited.textContent()).toContain("Note: new cream, stopped");
    expect(await counts.textContent()).toBe("11 sessions and 22 check-ins.");

    const session = page.locator(`li[data-id="${sessionId}"]`);
    await session.getByRole("button", { name: "Edit session" }).click();
    await session.getByLabel("Time of day").selectOption("weekly");
    await setStepper(session, "Minutes", 9);
    await session.getByRole("button", { name: "Save" }).click();
    await session.getByRole("heading", { name: /^Weekly session · / }).waitFor();
    expect(await session.locator("p").first().textContent()).toMatch(/^9 min · /);
    expect(await counts.textContent()).toBe("11 sessions and 22 check-ins.");

    await session.getByRole("button", { name: "Delete session" }).click();
    await session.getByRole("button", { name: "Yes, delete" }).click();
    await page.getByText("10 sessions and 22 check-ins.").waitFor();
  });

  it("has no axe violations on the overview, check-in, history, photos and data pages", async () => {
    const page = await suite.browser.context.newPage();
    for (const path of [
      "/progress",
      "/progress/check-in",
      "/progress/history",
      "/progress/photos",
      "/progress/data",
    ]) {
      await page.goto(`${suite.server.url}${path}`);
      await page.locator(".progress h2").first().waitFor();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });
});
