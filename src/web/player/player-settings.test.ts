import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { openLocalDb } from "../local/local-db.ts";
import { Records } from "../local/records.ts";
import { updateSettings } from "../local/settings.ts";
import { loadPlayerSettings, parsePlayerSettings, savePlayerSettings } from "./player-settings.ts";

describe("player settings", () => {
  it("falls back per field on missing or out-of-range values", () => {
    expect(parsePlayerSettings(undefined)).toEqual({ mode: "voice", volume: 0.8, rate: 1 });
    expect(parsePlayerSettings({ mode: "loud", volume: 3, rate: "fast" })).toEqual({
      mode: "voice",
      volume: 1,
      rate: 1,
    });
    expect(parsePlayerSettings({ mode: "silent", volume: 0.2, rate: 0.1 })).toEqual({
      mode: "silent",
      volume: 0.2,
      rate: 0.5,
    });
  });

  it("round-trips through the player section without touching other sections", async () => {
    const records = new Records(await openLocalDb(`player-settings-${Math.random()}`));
    await updateSettings(records, "reminders", { am: "07:30" });
    await savePlayerSettings(records, { mode: "chime", volume: 0.5, rate: 1.2 });
    expect(await loadPlayerSettings(records)).toEqual({ mode: "chime", volume: 0.5, rate: 1.2 });
    const all = await records.get<Record<string, unknown>>("00000000-0000-7000-8000-000000000001");
    expect(all?.body).toEqual({
      reminders: { am: "07:30" },
      player: { mode: "chime", volume: 0.5, rate: 1.2 },
    });
  });
});
