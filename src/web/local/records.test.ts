import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { openLocalDb } from "./local-db.ts";
import { Records, type RecordsEnv } from "./records.ts";

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
    const remote = "0009999999999999-0003-otherdevice";
    await records.observe(remote);
    const next = await records.put("profile", {});
    expect(next.version > remote).toBe(true);
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
