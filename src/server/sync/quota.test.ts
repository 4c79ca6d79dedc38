import fc from "fast-check";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness, testRecord } from "../testing/api-harness.ts";
import { checkQuota, defaultQuota } from "./quota.ts";

describeEachStore("account quotas", (fixture) => {
  const store = useStore(fixture);
  let h: ReturnType<typeof apiHarness>;
  let cookie: string;
  beforeAll(async () => {
    h = apiHarness(store(), { quota: { maxRecords: 5, maxBytes: 4000 } });
    cookie = await h.register("quota@example.org");
  });

  const push = (records: unknown[], c = cookie) =>
    h.call("POST", "/api/sync/push", { cookie: c, body: { deviceId: "devA", records } });
  const stored = async (c = cookie) =>
    (
      (await h.call("GET", "/api/sync/pull?after=0&limit=500", { cookie: c })).json as {
        records: unknown[];
      }
    ).records.length;

  it("refuses a push that would pass the record limit, whole, saying what is used and the limit", async () => {
    const four = [1, 2, 3, 4].map((n) => testRecord(n, "routine", 1000 + n, "devA"));
    expect((await push(four)).status).toBe(200);
    const res = await push([5, 6].map((n) => testRecord(n, "routine", 2000 + n, "devA")));
    expect(res.status).toBe(413);
    expect(res.json).toEqual({
      error: {
        code: "quota-exceeded",
        message:
          "This account holds 4 records (1 KB); these changes would bring it to 6 records, over the limit of 5. Nothing was saved. Delete old entries or export and start afresh to make room.",
      },
    });
    expect(await stored()).toBe(4);
    // Replacing a record it already holds adds nothing to the count.
    expect((await push([testRecord(1, "routine", 3000, "devA", { n: "edited" })])).status).toBe(
      200,
    );
    expect((await push([testRecord(5, "routine", 3001, "devA")])).status).toBe(200);
  });

  it("refuses a push that would pass the byte limit, and deleting makes room", async () => {
    const other = await h.register("bytes@example.org");
    const big = testRecord(20, "routine", 1000, "devA", { text: "x".repeat(3000) });
    expect((await push([big], other)).status).toBe(200);
    const res = await push(
      [testRecord(21, "routine", 1001, "devA", { text: "y".repeat(1500) })],
      other,
    );
    expect(res.status).toBe(413);
    expect((res.json as { error: { message: string } }).error.message).toContain(
      "over the limit of 4 KB",
    );
    // A tombstone replaces the big body, which frees its bytes.
    expect((await push([testRecord(20, "routine", 2000, "devA", null, true)], other)).status).toBe(
      200,
    );
    expect(
      (await push([testRecord(21, "routine", 2001, "devA", { text: "y".repeat(1500) })], other))
        .status,
    ).toBe(200);
  });

  it("keeps each account's count and bytes equal to what it stores, through any pushes", async () => {
    const roomy = apiHarness(store(), { quota: { maxRecords: 40, maxBytes: 20_000 } });
    const c = await roomy.register("usage@example.org");
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            n: fc.integer({ min: 100, max: 130 }),
            ms: fc.integer({ min: 1, max: 1e9 }),
            deleted: fc.boolean(),
            text: fc.string({ maxLength: 400, unit: "grapheme" }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (items) => {
          const records = items.map((r) =>
            testRecord(
              r.n,
              "routine",
              r.ms,
              "devA",
              r.deleted ? null : { text: r.text },
              r.deleted,
            ),
          );
          const res = await roomy.call("POST", "/api/sync/push", {
            cookie: c,
            body: { deviceId: "devA", records },
          });
          expect([200, 413]).toContain(res.status);
          const usage = await sql<{
            record_count: number;
            stored_bytes: number;
            n: number;
            b: number;
          }>`
            select u.record_count, u.stored_bytes,
              (select count(*) from records r where r.user_id = u.id) as n,
              (select coalesce(sum(${store().dialect === "postgres" ? sql`octet_length(doc)` : sql`length(cast(doc as blob))`}), 0) from records r where r.user_id = u.id) as b
            from users u where u.email = 'usage@example.org'`.execute(store().db);
          const row = usage.rows[0];
          expect(Number(row?.record_count)).toBe(Number(row?.n));
          expect(Number(row?.stored_bytes)).toBe(Number(row?.b));
          expect(Number(row?.n)).toBeLessThanOrEqual(40);
          expect(Number(row?.b)).toBeLessThanOrEqual(20_000);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("checkQuota", () => {
  it("speaks in records and megabytes at real sizes", () => {
    expect(() =>
      checkQuota(
        defaultQuota,
        { records: 1200, bytes: 24_600_000 },
        { records: 1210, bytes: 25_300_000 },
      ),
    ).toThrow(
      "This account holds 1,200 records (24.6 MB); these changes would bring it to 25.3 MB, over the limit of 25.0 MB.",
    );
    expect(() =>
      checkQuota(defaultQuota, { records: 19_999, bytes: 1 }, { records: 20_000, bytes: 2 }),
    ).not.toThrow();
  });
});
