import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seedProgress, startClockAtAfternoon, storedSettings } from "./support/progress-seed.ts";
import { useServerAndBrowser } from "./support/suite.ts";

interface ExportJson {
  format: string;
  schemaVersion: number;
  exportedAt: string;
  records: { id: string; kind: string; version: string; deleted: boolean; body: unknown }[];
}

async function exportJson(page: Page): Promise<{ text: string; json: ExportJson }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export everything (JSON)" }).click(),
  ]);
  const text = readFileSync((await download.path()) as string, "utf8");
  return { text, json: JSON.parse(text) as ExportJson };
}

async function importFile(page: Page, text: string): Promise<void> {
  await page.getByLabel("Choose a Nura export (JSON)").setInputFiles({
    name: "nura-export.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

describe("progress data: export, delete, import", () => {
  const suite = useServerAndBrowser();

  beforeAll(async () => {
    await startClockAtAfternoon(suite.browser.context);
  });

  it("round-trips everything through export, delete all and import, identically", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/progress`);
    await page.getByRole("heading", { name: "Consistency" }).waitFor();
    await seedProgress(
      page,
      [0, 1, 2].map((d) => ({ daysAgo: d, hour: 8, slot: "am" as const })),
      [0, 1].map((d) => ({ daysAgo: d, hour: 9, ratings: { radiance: 4 } })),
    );
    await page.reload();
    await page.getByLabel("Hide streaks").check();
    await expect.poll(() => storedSettings(page)).toEqual({ progress: { hideStreaks: true } });
    await page.getByRole("link", { name: "History" }).click();
    await page.getByRole("button", { name: "Delete check-in" }).first().click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await page.getByText("3 sessions and 1 check-in.").waitFor();

    await page.getByRole("link", { name: "Your data" }).click();
    const before = await exportJson(page);
    expect(before.json.format).toBe("nura-export");
    expect(before.json.schemaVersion).toBe(1);
    expect(before.json.records.map((r) => `${r.kind}${r.deleted ? " (deleted)" : ""}`)).toEqual([
      "settings",
      "session",
      "session",
      "session",
      "checkin (deleted)",
      "checkin",
    ]);

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Sessions as CSV" }).click(),
    ]);
    const csvText = readFileSync((await csv.path()) as string, "utf8");
    expect(csvText.split("\r\n")).toHaveLength(5);
    expect(csvText.startsWith("id,started_at,ended_at,time_zone,slot,")).toBe(true);

    await page.getByRole("button", { name: "Delete all local data…" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await page.waitForLoadState("load");
    await page.getByRole("link", { name: "History" }).click();
    await page.getByRole("heading", { name: "Nothing recorded yet" }).waitFor();

    await page.getByRole("link", { name: "Your data" }).click();
    await importFile(page, before.text);
    expect(await page.locator(".import-report > p").first().textContent()).toBe(
      "Imported 1 settings record, 3 sessions and 2 check-ins.",
    );
    const after = await exportJson(page);
    expect({ ...after.json, exportedAt: "" }).toEqual({ ...before.json, exportedAt: "" });
    expect(JSON.stringify(after.json.records)).toBe(JSON.stringify(before.json.records));

    await importFile(page, before.text);
    await page.getByText("Nothing new to import.").waitFor();
    expect(await page.locator(".import-report li").textContent()).toBe(
      "6: already on this device, unchanged",
    );
  });

  it("refuses a truncated or tampered file and changes nothing", async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}/progress/data`);
    const before = await exportJson(page);
    const cases: [string, string][] = [
      [before.text.slice(0, before.text.length / 2), "The file is not valid JSON"],
      [
        before.text.replace('"radiance": 4', '"radiance": 9'),
        "ratings.radiance must be a whole number from 1 to 5",
      ],
      [before.text.replace('"kind": "session"', '"kind": "payment"'), ".kind must be one of"],
      [
        before.text.replace('"schemaVersion": 1', '"schemaVersion": 2'),
        "made by a newer Nura (schema 2)",
      ],
      [
        before.text.replace('"hideStreaks": true', '"__proto__": {"polluted": true}'),
        'forbidden key "__proto__"',
      ],
    ];
    for (const [text, reason] of cases) {
      await importFile(page, text);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const message = (await alert.textContent()) ?? "";
      expect(message.startsWith("Nothing was changed.")).toBe(true);
      expect(message.toLowerCase()).toContain(reason.toLowerCase());
    }
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    const after = await exportJson(page);
    expect(after.json.records).toEqual(before.json.records);
  });
});
