import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { RecordsEnv } from "./device-clock.ts";
import { openLocalDb } from "./local-db.ts";
import { Records } from "./records.ts";

function fixedEnv(start = 1_764_000_000_000): RecordsEnv & { advance(ms: number): void } {
  let now = start;
  let seed = 1;
  return {
    now: () => now,
    random: (n) =>
      Uint8Array.from({ length: n }, () => {
        seed = (seed * 48271) % 2147483647;
        return seed & 255;
      }),
    advance(ms) {
      now += ms;
    },
  };
}

let dbCount = 0;
async function fresh(env = fixedEnv()) {
  return new Records(await openLocalDb(`test-${++dbCount}`), env);
}

describe("device records", () => {
  it("stamps each write later than the one before, even within one millisecond", async () => {
    const records = await fresh();
    const a = await records.put("session", { n: 1 });
    const b = await records.put("session", { n: 2 });
    expect(b.version > a.version).toBe(true);
    expect(a.version.endsWith(await records.deviceId())).toBe(true);
  });

  it("keeps writes pending until they are stored as pushed", async () => {
    const records = await fresh();
    const a = await records.put("checkin", { mood: 3 });
    expect((await records.pending()).map((r) => r.id)).toEqual([a.id]);
    await records.putRaw([{ ...a, dirty: 0 }]);
    expect(await records.pending()).toEqual([]);
  });

  it("lists live records of one kind and hides tombstones", async () => {
    const records = await fresh();
    const a = await records.put("session", { n: 1 });
    await records.put("checkin", { n: 2 });
    const c = await records.put("session", { n: 3 });
    await records.remove(a.id);
    expect((await records.list("session")).map((r) => r.id)).toEqual([c.id]);
    const tomb = await records.get(a.id);
    expect(tomb?.deleted).toBe(true);
    expect(tomb?.body).toBeNull();
    expect(tomb?.dirty).toBe(1);
  });

  it("stamps after a remote version it has observed", async () => {
    const env = fixedEnv();
    const records = await fresh(env);
    // Five minutes ahead: another device whose clock runs a little fast.
    const remote = "0001764000300000-0003-otherdevice";
    await records.observe(remote);
    const next = await records.put("profile", {});
    expect(next.version > remote).toBe(true);
    expect(next.version.slice(0, 21)).toBe("0001764000300000-0005");
  });

  it("never moves its clock to a stamp more than ten minutes ahead of its own", async () => {
    const records = await fresh(fixedEnv());
    await records.observe("0009999999999999-0003-otherdevice");
    await records.observe("0001764000600001-0000-otherdevice");
    const next = await records.put("profile", {});
    expect(next.version.slice(0, 21)).toBe("0001764000000000-0000");
  });

  it("creates a record once per id: a second create returns the first, unchanged", async () => {
    const records = await fresh();
    const seen: string[][] = [];
    records.subscribe((kinds) => seen.push([...kinds]));
    const id = records.newId();
    const first = await records.create("checkin", { n: 1 }, id);
    const again = await records.create("checkin", { n: 2 }, id);
    expect(again).toEqual(first);
    expect((await records.list("checkin")).map((r) => r.body)).toEqual([{ n: 1 }]);
    expect(seen).toEqual([["checkin"]]);
  });

  it("keeps nothing of a write that fails", async () => {
    const records = await fresh();
    const before = await records.put("session", { n: 1 });
    // A function cannot be stored: IndexedDB refuses the record inside the transaction.
    await expect(records.put("session", { f: () => 1 })).rejects.toThrow();
    const after = await records.put("session", { n: 2 });
    const bodies = (await records.list<{ n: number }>("session")).map((r) => r.body.n).sort();
    expect(bodies).toEqual([1, 2]);
    // The failed write's clock tick was rolled back with it.
    expect(after.version.slice(17, 21)).toBe("0001");
    expect(before.version.slice(17, 21)).toBe("0000");
  });

  it("tells subscribers which kinds changed", async () => {
    const records = await fresh();
    const seen: string[][] = [];
    const off = records.subscribe((kinds) => seen.push([...kinds]));
    await records.put("routine", {});
    off();
    await records.put("routine", {});
    expect(seen).toEqual([["routine"]]);
  });
});
