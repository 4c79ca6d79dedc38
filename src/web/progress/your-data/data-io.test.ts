import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { checkinBody, sessionFacts } from "../../../core/progress/test-fixtures.ts";
import { openLocalDb } from "../../local/local-db.ts";
import { Records } from "../../local/records.ts";
import { deleteAllLocalData, exportAll, importText } from "./data-io.ts";

let now = 1_764_000_000_000;
let seed = 7;
const env = {
  now: () => now++,
  random: (n: number) =>
    Uint8Array.from({ length: n }, () => {
      seed = (seed * 48271) % 2147483647;
      return seed & 255;
    }),
};

describe("export, delete all, import on the device database", () => {
  it("restores every record identically and reports what it did", async () => {
    const records = new Records(await openLocalDb(), env);
    await records.put("session", sessionFacts());
    const gone = await records.put("checkin", checkinBody());
    await records.put("checkin", checkinBody({ note: "kept" }));
    await records.put(
      "settings",
      { progress: { hideStreaks: true } },
      "00000000-0000-7000-8000-000000000001",
    );
    await records.remove(gone.id);
    const before = await exportAll(new Date("2026-03-05T10:00:00Z"));
    expect(before.records.map((r) => r.kind)).toEqual([
      "settings",
      "session",
      "checkin",
      "checkin",
    ]);

    await deleteAllLocalData();
    expect(await records.list("session")).toEqual([]);
    expect((await exportAll()).records).toEqual([]);

    const outcome = await importText(records, JSON.stringify(before));
    expect(outcome.ok && outcome.plan.imported).toEqual({
      profile: 0,
      routine: 0,
      settings: 1,
      session: 1,
      checkin: 2,
    });
    const after = await exportAll(new Date("2026-03-05T10:00:00Z"));
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect((await records.pending()).length).toBe(4);

    // The clock moved past the imported stamps, so a new write sorts after all of them.
    const next = await records.put("checkin", checkinBody());
    expect(before.records.every((r) => r.version < next.version)).toBe(true);
  });

  it("changes nothing when the file is refused", async () => {
    const records = new Records(await openLocalDb(), env);
    const before = await exportAll(new Date(0));
    const text = JSON.stringify(before).replace('"note":"kept"', '"note":17');
    const outcome = await importText(records, text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.field).toMatch(/^records\[\d\]\.body\.note$/);
    expect(await exportAll(new Date(0))).toEqual(before);
  });
});
