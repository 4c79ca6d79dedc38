import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";
import { apiHarness, testRecord } from "../testing/api-harness.ts";

// SQLite's own switches make its writes fail the way a full disk (max_page_count) or a
// read-only file (query_only) does, without needing either on the test machine.
describe("a SQLite store that cannot write", () => {
  let store: Store;
  let h: ReturnType<typeof apiHarness>;
  let cookie: string;
  let n = 0;
  beforeAll(async () => {
    store = await openMigratedStore({ sqliteFile: ":memory:" });
    h = apiHarness(store);
    cookie = await h.register("faults@example.org");
  });
  afterAll(() => store.close());

  const push = () =>
    h.call("POST", "/api/sync/push", {
      cookie,
      body: {
        deviceId: "devA",
        records: [testRecord(++n, "routine", 1000 + n, "devA", { note: "x".repeat(4000) })],
      },
    });

  async function expectUnavailable(): Promise<void> {
    const res = await push();
    expect(res.status).toBe(503);
    expect(res.json).toEqual({
      error: {
        code: "unavailable",
        message: "the database is not answering; try again in a few seconds",
      },
    });
    expect(res.headers.get("retry-after")).toBe("5");
    const health = await h.call("GET", "/healthz");
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe("5");
  }

  it("answers 503 unavailable when the disk is full, and recovers once a write succeeds", async () => {
    expect((await push()).status).toBe(200);
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(store.db);
    const used = Number(pages.rows[0]?.page_count);
    await sql.raw(`pragma max_page_count = ${used}`).execute(store.db);
    await expectUnavailable();
    // Reads still work, yet /healthz keeps failing until a write goes through.
    expect((await h.call("GET", "/api/sync/pull?after=0", { cookie })).status).toBe(200);
    expect((await h.call("GET", "/healthz")).status).toBe(503);
    await sql.raw("pragma max_page_count = 1073741823").execute(store.db);
    expect((await h.call("GET", "/healthz")).status).toBe(200);
    expect((await push()).status).toBe(200);
  });

  it("answers 503 unavailable when the file is read-only, and recovers after", async () => {
    await sql.raw("pragma query_only = on").execute(store.db);
    await expectUnavailable();
    await sql.raw("pragma query_only = off").execute(store.db);
    expect((await h.call("GET", "/healthz")).status).toBe(200);
    expect((await push()).status).toBe(200);
  });
});
