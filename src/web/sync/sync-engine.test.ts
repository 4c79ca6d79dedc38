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
      let changedCount = 0;
      for (const r of records) {
        const i = rows.findIndex((x) => x.rec.id === r.id);
        const { winner, changed } = mergeRecord(i >= 0 ? rows[i]?.rec : undefined, r);
        if (!changed) continue;
        changedCount += 1;
        if (i >= 0) rows.splice(i, 1);
        rows.push({ seq: ++seq, rec: winner });
      }
      return { ok: true, data: { accepted: records.length, changed: changedCount, cursor: seq } };
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
    expect(result).toEqual({ ok: true, pushed: 1, pulled: 1, heldBack: 0, notSent: null });
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

  it("never overwrites an edit made on this device while a pull was under way", async () => {
    // The edit lands at every point of the run in turn: before the push, between push and pull,
    // while the pulled page is being merged, after. Whenever it lands, it is newer than the
    // other device's version and must survive, pending or pushed.
    for (let wait = 0; wait < 80; wait += 4) {
      const server = fakeServer();
      const a = await device(1_000_000);
      const b = await device(1_000_000);
      const routine = await a.records.put("routine", { by: "a", n: 0 });
      await new SyncEngine(a.records, server.api).run();
      await new SyncEngine(b.records, server.api).run();
      b.tick(1000);
      await b.records.put("routine", { by: "b" }, routine.id);
      // More records after it in the same page, so merging the page takes a while.
      for (let i = 0; i < 20; i++) await b.records.put("checkin", { i });
      await new SyncEngine(b.records, server.api).run();
      a.tick(5000);
      const run = new SyncEngine(a.records, server.api).run();
      for (let i = 0; i < wait; i++) await new Promise((r) => setImmediate(r));
      await a.records.put("routine", { by: "a", n: 1 }, routine.id);
      await run;
      await new SyncEngine(a.records, server.api).run();
      const here = await a.records.get(routine.id);
      const there = server.all().find((r) => r.id === routine.id);
      expect([wait, here?.body, there?.body]).toEqual([wait, { by: "a", n: 1 }, { by: "a", n: 1 }]);
    }
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
    expect(res).toEqual({ ok: true, pushed: 0, pulled: 1203, heldBack: 0, notSent: null });
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
    expect(res).toEqual({ ok: true, pushed: 2, pulled: 1, heldBack: 0, notSent: null });
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

  it("keeps every change pending when the account is full, says why, and still pulls", async () => {
    const server = fakeServer();
    const b = await device(1_000_000);
    const fromB = await b.records.put("session", { from: "b" });
    await new SyncEngine(b.records, server.api).run();
    const full = "This account holds 20000 records, its limit is 20000.";
    server.api.push = async () => ({
      ok: false,
      status: 413,
      code: "quota-exceeded",
      message: full,
    });
    const a = await device(2_000_000);
    const mine = await a.records.put("session", { from: "a" });
    const res = await new SyncEngine(a.records, server.api).run();
    expect(res).toEqual({
      ok: true,
      pushed: 0,
      pulled: 1,
      heldBack: 0,
      notSent: { code: "quota-exceeded", message: full },
    });
    expect((await a.records.pending()).map((r) => r.id)).toEqual([mine.id]);
    expect(await a.records.refusedRecords()).toEqual([]);
    expect((await a.records.get(fromB.id))?.body).toEqual({ from: "b" });
  });

  it("keeps a change the server finds stamped too far ahead pending, and lets the rest through", async () => {
    const server = fakeServer();
    const realPush = server.api.push;
    const serverNow = 1_000_000;
    server.api.push = async (d, recs) =>
      recs.some((r) => Number(r.version.slice(0, 16)) > serverNow + 10 * 60_000)
        ? { ok: false, status: 400, code: "clock-skew", message: "stamped ahead" }
        : realPush(d, recs);
    const a = await device(serverNow);
    const fine = await a.records.put("session", { n: 1 });
    a.tick(60 * 60_000); // this device's clock jumps an hour ahead of the server's
    const ahead = await a.records.put("session", { n: 2 });
    const res = await new SyncEngine(a.records, server.api).run();
    expect(res).toEqual({
      ok: true,
      pushed: 1,
      pulled: 1,
      heldBack: 0,
      notSent: { code: "clock-skew", message: "stamped ahead" },
    });
    expect(server.all().map((r) => r.id)).toEqual([fine.id]);
    expect((await a.records.pending()).map((r) => r.id)).toEqual([ahead.id]);
    expect(await a.records.refusedRecords()).toEqual([]);
  });

  it("holds a pulled record stamped too far ahead aside, unobserved, until the clocks agree", async () => {
    const server = fakeServer();
    const fast = await device(1_000_000 + 60 * 60_000); // a device an hour ahead
    const ahead = await fast.records.put("routine", { from: "fast" });
    await new SyncEngine(fast.records, server.api).run();
    const a = await device(1_000_000);
    const res = await new SyncEngine(a.records, server.api).run();
    expect(res).toEqual({ ok: true, pushed: 0, pulled: 1, heldBack: 1, notSent: null });
    expect(await a.records.get(ahead.id)).toBeUndefined();
    // Not observed: this device's next stamp still follows its own clock.
    const own = await a.records.put("checkin", {});
    expect(own.version.slice(0, 16)).toBe("0000000001000000");
    a.tick(55 * 60_000); // time passes: the record is now less than ten minutes ahead
    const later = await new SyncEngine(a.records, server.api).run();
    expect(later).toEqual({ ok: true, pushed: 1, pulled: 1, heldBack: 0, notSent: null });
    expect((await a.records.get(ahead.id))?.body).toEqual({ from: "fast" });
  });

  it("reports offline and keeps everything pending", async () => {
    const server = fakeServer();
    server.setOnline(false);
    const a = await device(1_000_000);
    await a.records.put("session", {});
    const res = await new SyncEngine(a.records, server.api).run();
    expect(res).toEqual({
      ok: false,
      offline: true,
      signedOut: false,
      code: "offline",
      message: "offline",
    });
    expect((await a.records.pending()).length).toBe(1);
  });
});
