import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { mergeRecord } from "../../core/sync/merge.ts";
import type { SyncRecord } from "../../core/sync/record.ts";
import { openLocalDb } from "../local/local-db.ts";
import { Records } from "../local/records.ts";
import type { PullPage, SyncApi } from "./sync-api.ts";
import { SyncEngine } from "./sync-engine.ts";

/** An in-memory server speaking the sync API, with the same merge rule. */
function fakeServer() {
  const rows: { seq: number; rec: SyncRecord }[] = [];
  let seq = 0;
  let online = true;
  const pushes: number[] = [];
  const api: SyncApi = {
    async push(_device, records) {
      if (!online) return { ok: false, status: 0, code: "offline", message: "offline" };
      pushes.push(records.length);
      for (const r of records) {
        const i = rows.findIndex((x) => x.rec.id === r.id);
        const { winner, changed } = mergeRecord(i >= 0 ? rows[i]?.rec : undefined, r);
        if (!changed) continue;
        if (i >= 0) rows.splice(i, 1);
        rows.push({ seq: ++seq, rec: winner });
      }
      return { ok: true, data: { accepted: records.length, cursor: seq } };
    },
    async pull(after, limit) {
      if (!online) return { ok: false, status: 0, code: "offline", message: "offline" };
      const page = rows.filter((x) => x.seq > after).sort((a, b) => a.seq - b.seq);
      const slice = page.slice(0, limit);
      const data: PullPage = {
        records: slice.map((x) => x.rec),
        cursor: slice.at(-1)?.seq ?? after,
        more: page.length > limit,
      };
      return { ok: true, data };
    },
  };
  return {
    api,
    pushes,
    all: () => rows.map((x) => x.rec),
    setOnline(v: boolean) {
      online = v;
    },
  };
}

let n = 0;
async function device(start: number) {
  let now = start;
  const records = new Records(await openLocalDb(`sync-${++n}`), {
    now: () => now,
    random: (k) => crypto.getRandomValues(new Uint8Array(k)),
  });
  return { records, tick: (ms = 1000) => (now += ms) };
}

describe("the sync engine", () => {
  it("pushes pending records, clears them, and pulls them onto another device", async () => {
    const server = fakeServer();
    const a = await device(1_000_000);
    const b = await device(2_000_000);
    const session = await a.records.put("session", { minutes: 5 });
    const result = await new SyncEngine(a.records, server.api).run();
    expect(result).toEqual({ ok: true, pushed: 1, pulled: 1 });
    expect(await a.records.pending()).toEqual([]);
    await new SyncEngine(b.records, server.api).run();
    expect((await b.records.list("session")).map((r) => r.id)).toEqual([session.id]);
    expect(await b.records.pending()).toEqual([]);
  });

  it("keeps a record pending when it changed again while its push was in flight", async () => {
    const server = fakeServer();
    const a = await device(1_000_000);
    const routine = await a.records.put("routine", { minutes: 5 });
    const realPush = server.api.push;
    server.api.push = async (d, recs) => {
      const res = await realPush(d, recs);
      a.tick();
      await a.records.put("routine", { minutes: 8 }, routine.id);
      return res;
    };
    await new SyncEngine(a.records, server.api).run();
    const pending = await a.records.pending();
    expect(pending.map((r) => r.body)).toEqual([{ minutes: 8 }]);
  });

  it("converges two offline devices: union of sessions, the later routine", async () => {
    const server = fakeServer();
    const a = await device(1_000_000);
    const b = await device(1_000_000);
    const shared = await a.records.put("routine", { minutes: 5 });
    await new SyncEngine(a.records, server.api).run();
    await new SyncEngine(b.records, server.api).run();
    a.tick(1000);
    await a.records.put("routine", { minutes: 6 }, shared.id);
    b.tick(5000);
    await b.records.put("routine", { minutes: 9 }, shared.id);
    const sa = await a.records.put("session", { from: "a" });
    const sb = await b.records.put("session", { from: "b" });
    const engines = [new SyncEngine(a.records, server.api), new SyncEngine(b.records, server.api)];
    for (const e of [...engines, ...engines]) await e.run();
    for (const d of [a, b]) {
      expect((await d.records.get(shared.id))?.body).toEqual({ minutes: 9 });
      const ids = (await d.records.list("session")).map((r) => r.id).sort();
      expect(ids).toEqual([sa.id, sb.id].sort());
      expect(await d.records.pending()).toEqual([]);
    }
  });

  it("pulls in pages until the server has no more", async () => {
    const server = fakeServer();
    const a = await device(1_000_000);
    for (let i = 0; i < 1203; i++) await a.records.put("checkin", { i });
    await new SyncEngine(a.records, server.api).run();
    expect(server.pushes).toEqual([500, 500, 203]);
    const b = await device(3_000_000);
    const res = await new SyncEngine(b.records, server.api).run();
    expect(res).toEqual({ ok: true, pushed: 0, pulled: 1203 });
    expect((await b.records.list("checkin")).length).toBe(1203);
  });

  it("keeps a record the server refuses on the device and lets the others through", async () => {
    const server = fakeServer();
    const realPush = server.api.push;
    server.api.push = async (d, recs) =>
      recs.some((r) => (r.body as { bad?: boolean } | null)?.bad)
        ? { ok: false, status: 400, code: "invalid-input", message: "records.0.body: is wrong" }
        : realPush(d, recs);
    const a = await device(1_000_000);
    const good = await a.records.put("session", { bad: false });
    const bad = await a.records.put("session", { bad: true });
    const res = await new SyncEngine(a.records, server.api).run();
    expect(res).toEqual({ ok: true, pushed: 2, pulled: 1 });
    expect(server.all().map((r) => r.id)).toEqual([good.id]);
    const refused = await a.records.refusedRecords();
    expect(refused.map((r) => [r.id, r.refused])).toEqual([[bad.id, "records.0.body: is wrong"]]);
    expect(await a.records.pending()).toEqual([]);
    a.tick();
    await a.records.put("session", { bad: false }, bad.id);
    await new SyncEngine(a.records, server.api).run();
    expect(
      server
        .all()
        .map((r) => r.id)
        .sort(),
    ).toEqual([good.id, bad.id].sort());
    expect(await a.records.refusedRecords()).toEqual([]);
  });

  it("reports offline and keeps everything pending", async () => {
    const server = fakeServer();
    server.setOnline(false);
    const a = await device(1_000_000);
    await a.records.put("session", {});
    const res = await new SyncEngine(a.records, server.api).run();
    expect(res).toEqual({ ok: false, offline: true, signedOut: false, message: "offline" });
    expect((await a.records.pending()).length).toBe(1);
  });
});
