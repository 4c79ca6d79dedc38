import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { openLocalDb } from "../local/local-db.ts";
import { Records } from "../local/records.ts";
import type { SessionBody } from "../local/session-body.ts";
import { ACTIVE_KEY } from "./handoff.ts";
import {
  keepUnsaved,
  type SmallStorage,
  saveFinished,
  saveUnsavedSessions,
  unsavedSessions,
} from "./unsaved-sessions.ts";

function memoryStorage(): SmallStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      items.set(k, v);
    },
    removeItem: (k) => {
      items.delete(k);
    },
  };
}

const body = { slot: "pm", secondsDone: 60, completed: true } as unknown as SessionBody;
let n = 0;
const fresh = async () => new Records(await openLocalDb(`unsaved-${++n}`));

describe("finished sessions kept aside", () => {
  it("keeps a session in storage until the device database has it, then forgets it", async () => {
    const storage = memoryStorage();
    const records = await fresh();
    const session = { id: "01900000-0000-7000-8000-0000000000a1", body };
    expect(keepUnsaved(session, storage)).toBe(true);
    expect(unsavedSessions(storage)).toEqual([session]);
    await saveFinished(records, session, storage);
    expect((await records.list("session")).map((r) => [r.id, r.body])).toEqual([
      [session.id, body],
    ]);
    expect(storage.items.size).toBe(0);
  });

  it("writes a session once however often it is saved again", async () => {
    const storage = memoryStorage();
    const records = await fresh();
    const session = { id: "01900000-0000-7000-8000-0000000000a2", body };
    await saveFinished(records, session, storage);
    const first = await records.get(session.id);
    await saveFinished(records, session, storage);
    keepUnsaved(session, storage);
    await saveUnsavedSessions(records, storage);
    expect(await records.list("session")).toHaveLength(1);
    expect((await records.get(session.id))?.version).toBe(first?.version);
  });

  it("on start, writes what waits and ends the player's state that belongs to it", async () => {
    const storage = memoryStorage();
    const records = await fresh();
    const a = { id: "01900000-0000-7000-8000-0000000000a3", body };
    const b = { id: "01900000-0000-7000-8000-0000000000a4", body };
    keepUnsaved(a, storage);
    keepUnsaved(b, storage);
    await records.setMeta(ACTIVE_KEY, { recordId: b.id });
    expect(await saveUnsavedSessions(records, storage)).toBe(2);
    expect((await records.list("session")).map((r) => r.id)).toEqual([a.id, b.id]);
    expect(await records.getMeta(ACTIVE_KEY)).toBeUndefined();
    expect(unsavedSessions(storage)).toEqual([]);
  });

  it("leaves a session under way alone", async () => {
    const storage = memoryStorage();
    const records = await fresh();
    keepUnsaved({ id: "01900000-0000-7000-8000-0000000000a5", body }, storage);
    await records.setMeta(ACTIVE_KEY, { recordId: "01900000-0000-7000-8000-0000000000a6" });
    await saveUnsavedSessions(records, storage);
    expect(await records.getMeta(ACTIVE_KEY)).toEqual({
      recordId: "01900000-0000-7000-8000-0000000000a6",
    });
  });

  it("reads damaged or missing storage as nothing waiting", () => {
    const storage = memoryStorage();
    storage.setItem("nura:unsaved-sessions", "{not json");
    expect(unsavedSessions(storage)).toEqual([]);
    expect(unsavedSessions(null)).toEqual([]);
    expect(keepUnsaved({ id: "x", body }, null)).toBe(false);
  });
});
