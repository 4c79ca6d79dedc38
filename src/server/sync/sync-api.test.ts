import { beforeAll, expect, it } from "vitest";
import { buildExport } from "../../core/portability/export-format.ts";
import { exportRecords } from "../../core/portability/export-records.ts";
import { parseExport } from "../../core/portability/import-parse.ts";
import type { SyncRecord } from "../../core/sync/record.ts";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness, sessionBody, testRecord } from "../testing/api-harness.ts";

interface Pulled {
  records: { id: string; kind: string; version: string; deleted: boolean; body: unknown }[];
  cursor: number;
  more: boolean;
}

describeEachStore("sync API", (fixture) => {
  const store = useStore(fixture);
  let h: ReturnType<typeof apiHarness>;
  let cookie: string;
  beforeAll(async () => {
    h = apiHarness(store());
    cookie = await h.register("sync@example.org");
  });

  const push = (records: unknown[], c = cookie) =>
    h.call("POST", "/api/sync/push", { cookie: c, body: { deviceId: "devA", records } });
  const pull = async (after = 0, limit?: number, c = cookie) => {
    const q = limit === undefined ? `after=${after}` : `after=${after}&limit=${limit}`;
    const res = await h.call("GET", `/api/sync/pull?${q}`, { cookie: c });
    expect(res.status).toBe(200);
    return res.json as Pulled;
  };

  it("pushes records and pulls them back in write order, with the new cursor", async () => {
    const routine = testRecord(1, "routine", 1000, "devA", { name: "Morning" });
    const session = testRecord(2, "session", 1001, "devA", sessionBody("2026-11-25T07:00:00.000Z"));
    const res = await push([routine, session]);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ accepted: 2, changed: 2, cursor: 2 });
    expect(await pull()).toEqual({ records: [routine, session], cursor: 2, more: false });
    expect(await pull(2)).toEqual({ records: [], cursor: 2, more: false });
  });

  it("is idempotent: the same push again changes nothing and keeps the cursor", async () => {
    const routine = testRecord(1, "routine", 1000, "devA", { name: "Morning" });
    const res = await push([routine, routine]);
    expect(res.json).toEqual({ accepted: 2, changed: 0, cursor: 2 });
  });

  it("applies the merge rule: a later routine wins, older writes of a routine or a session are ignored", async () => {
    const later = testRecord(1, "routine", 2000, "devB", { name: "Evening" });
    const older = testRecord(1, "routine", 500, "devC", { name: "Stale" });
    const olderSession = testRecord(
      2,
      "session",
      900,
      "devB",
      sessionBody("2026-11-25T08:00:00.000Z"),
    );
    const res = await push([later, older, olderSession]);
    expect(res.json).toEqual({ accepted: 3, changed: 1, cursor: 3 });
    const page = await pull(2);
    expect(page.records).toEqual([later]);
  });

  it("pages pulls by limit and says when more waits", async () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      testRecord(100 + i, "checkin", 5000 + i, "devA"),
    );
    expect((await push(many)).json).toEqual({ accepted: 7, changed: 7, cursor: 10 });
    const first = await pull(3, 4);
    expect(first.records.map((r) => r.id.slice(-3))).toEqual(["064", "065", "066", "067"]);
    expect(first).toMatchObject({ cursor: 7, more: true });
    const second = await pull(first.cursor, 4);
    expect(second.records).toHaveLength(3);
    expect(second).toMatchObject({ cursor: 10, more: false });
    // Exactly a page left is the whole rest; one more record past it is another page.
    expect(await pull(6, 4)).toMatchObject({ cursor: 10, more: false });
    expect(await pull(5, 4)).toMatchObject({ cursor: 9, more: true });
    expect((await pull(5, 4)).records).toHaveLength(4);
  });

  it("refuses a whole push when one record is invalid, and writes none of it", async () => {
    const good = testRecord(200, "routine", 9000, "devA");
    const bad = { ...testRecord(201, "routine", 9001, "devA"), kind: "photo" };
    const res = await push([good, bad]);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: {
        code: "invalid-input",
        message: "records.1.kind: must be one of profile, routine, settings, session, checkin",
      },
    });
    expect((await pull(10)).records).toEqual([]);
  });

  it("refuses a record whose id is stored with another kind: 409, nothing written", async () => {
    const fresh = testRecord(300, "routine", 9100, "devA");
    const clash = testRecord(1, "profile", 9999, "devA");
    const res = await push([fresh, clash]);
    expect(res.status).toBe(409);
    expect((res.json as { error: { code: string } }).error.code).toBe("conflict");
    expect((await pull(10)).records).toEqual([]);
  });

  it("refuses one push that gives an id two kinds", async () => {
    const a = testRecord(400, "routine", 9200, "devA");
    const b = testRecord(400, "profile", 9201, "devA");
    const res = await push([a, b]);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: {
        code: "invalid-input",
        message: "records.1.kind: differs from an earlier record with this id",
      },
    });
  });

  it("refuses more than 500 records, and bad pull parameters", async () => {
    const many = Array.from({ length: 501 }, (_, i) => testRecord(1000 + i, "checkin", 1, "devA"));
    const res = await push(many);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: { code: "invalid-input", message: "records: must hold at most 500 records" },
    });
    for (const q of ["after=-1", "after=abc", "limit=0", "limit=501", "after=99999999999"]) {
      const r = await h.call("GET", `/api/sync/pull?${q}`, { cookie });
      expect(r.status).toBe(400);
    }
  });

  it("deletes by tombstone, and a tombstoned session stays deleted", async () => {
    const tomb = testRecord(2, "session", 4000, "devA", null, true);
    expect((await push([tomb])).json).toEqual({ accepted: 1, changed: 1, cursor: 11 });
    const revive = testRecord(2, "session", 5000, "devB", sessionBody("2026-11-25T08:00:00.000Z"));
    expect((await push([revive])).json).toEqual({ accepted: 1, changed: 0, cursor: 11 });
    expect((await pull(10)).records).toEqual([tomb]);
  });

  it("exports everything of the account in the shared export format", async () => {
    const res = await h.call("GET", "/api/export", { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="nura-export-2026-11-25.json"',
    );
    const doc = res.json as {
      format: string;
      schemaVersion: number;
      exportedAt: string;
      records: { id: string }[];
    };
    expect(doc.format).toBe("nura-export");
    expect(doc.schemaVersion).toBe(1);
    expect(doc.exportedAt).toBe("2026-11-25T09:00:00.000Z");
    expect(doc.records).toHaveLength(9);
    expect(doc.records[0]).toEqual(testRecord(1, "routine", 2000, "devB", { name: "Evening" }));
    // The same text the device's own export writes for these records, and it imports whole.
    // As the device holds them: with its own bookkeeping, which its export leaves behind.
    const pulled = ((await pull(0, 500)).records as SyncRecord[]).map((r) => ({
      ...r,
      dirty: 0,
      updatedAt: 1,
    }));
    const device = JSON.stringify(
      buildExport(exportRecords(pulled), new Date("2026-11-25T09:00:00.000Z")),
    );
    expect(res.text).toBe(device);
    expect(parseExport(res.text, h.clock.now()).ok).toBe(true);
  });

  it("streams a large export page by page, in the device's order", async () => {
    const big = await h.register("big@example.org");
    const kinds = ["checkin", "routine", "session", "settings"] as const;
    for (let batch = 0; batch < 5; batch++) {
      const records = Array.from({ length: 100 }, (_, i) => {
        const n = 10_000 + batch * 100 + i;
        return testRecord(n, kinds[n % kinds.length] as string, 1000 + n, "devA");
      });
      expect((await push(records, big)).status).toBe(200);
    }
    const res = await h.call("GET", "/api/export", { cookie: big });
    const doc = res.json as { records: SyncRecord[] };
    expect(doc.records).toHaveLength(500);
    expect(doc.records).toEqual(exportRecords(doc.records));
  });

  it("converges two devices that edited offline: union of sessions, the later routine", async () => {
    const phone = await h.register("two@example.org");
    const base = testRecord(500, "routine", 10_000, "phone", { name: "v1" });
    await push([base], phone);
    // Offline: the phone edits the routine at t=11000, the tablet at t=12000; each records a session.
    const phoneEdit = testRecord(500, "routine", 11_000, "phone", { name: "phone edit" });
    const tabletEdit = testRecord(500, "routine", 12_000, "tablet", { name: "tablet edit" });
    const s1 = testRecord(501, "session", 11_001, "phone", sessionBody("2026-11-24T07:00:00.000Z"));
    const s2 = testRecord(
      502,
      "session",
      11_500,
      "tablet",
      sessionBody("2026-11-24T20:00:00.000Z"),
    );
    // The tablet syncs first, then the phone; each then pulls everything.
    await push([tabletEdit, s2], phone);
    await push([phoneEdit, s1], phone);
    const all = await pull(0, 500, phone);
    const byId = new Map(all.records.map((r) => [r.id, r]));
    expect(byId.get(base.id)?.body).toEqual({ name: "tablet edit" });
    expect([...byId.keys()].sort()).toEqual([base.id, s1.id, s2.id].sort());
    // A device that pulls from scratch sees exactly that state.
    expect(all.records.filter((r) => r.kind === "session")).toHaveLength(2);
  });
});
