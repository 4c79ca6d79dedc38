import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { openLocalDb } from "./local-db.ts";
import { Records } from "./records.ts";
import { readSettings, settingsId, updateSettings } from "./settings.ts";

describe("settings sections", () => {
  it("keeps other sections when one is updated", async () => {
    const records = new Records(await openLocalDb("settings-test"));
    expect(await readSettings(records)).toEqual({});
    await updateSettings(records, "player", { mode: "voice" });
    await updateSettings(records, "progress", { hideStreaks: true });
    expect(await readSettings(records)).toEqual({
      player: { mode: "voice" },
      progress: { hideStreaks: true },
    });
    expect((await records.list("settings")).map((r) => r.id)).toEqual([settingsId]);
  });

  it("keeps both sections when two are saved at the same moment", async () => {
    const records = new Records(await openLocalDb("settings-race"));
    await Promise.all([
      updateSettings(records, "player", { mode: "chime" }),
      updateSettings(records, "reminders", { enabled: true }),
    ]);
    expect(await readSettings(records)).toEqual({
      player: { mode: "chime" },
      reminders: { enabled: true },
    });
  });
});
