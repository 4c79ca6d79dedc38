import { type Kysely, sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import { recordDoc } from "../../sync/record-store.ts";
import { migrateTo } from "../migrate.ts";
import type { Store } from "../store.ts";
import { describeEachStore } from "../test-stores.ts";

const users = ["0192f000-0000-7000-8000-00000000000a", "0192f000-0000-7000-8000-00000000000b"];
const records = [
  {
    id: "0192f000-0001-7000-8000-000000000001",
    kind: "routine",
    version: "0000000000001000-0000-dev_a",
    deleted: false,
    body: { name: "crème 🌿" },
  },
  {
    id: "0192f000-0001-7000-8000-000000000002",
    kind: "routine",
    version: "0000000000002000-0001-dev-b",
    deleted: true,
    body: null,
  },
] as const;

describeEachStore("migration 0005-account-usage", (fixture) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function seeded(): Promise<Store> {
    const s = await fixture.openEmpty();
    await migrateTo(s, "0004-records-by-kind");
    const db = s.db as unknown as Kysely<unknown>;
    for (const user of users) {
      await sql`insert into users (id, email, email_key, password_hash, created_at, seq)
        values (${user}, ${`${user}@x.org`}, ${`${user}@x.org`}, 'x', '2026-11-25T00:00:00.000Z', 2)`.execute(
        db,
      );
    }
    for (const [i, r] of records.entries()) {
      await sql`insert into records (user_id, id, kind, version, deleted, doc, seq)
        values (${users[0]}, ${r.id}, ${r.kind}, ${r.version}, ${r.deleted ? 1 : 0},
                ${recordDoc(r)}, ${i + 1})`.execute(db);
    }
    return s;
  }

  it("counts each account's records and their UTF-8 bytes in place", async () => {
    store = await seeded();
    expect(await migrateTo(store, "0005-account-usage")).toEqual(["0005-account-usage"]);
    const sizes = records.map((r) => Buffer.byteLength(recordDoc(r), "utf8"));
    const rows = await store.db.selectFrom("records").select("bytes").orderBy("seq").execute();
    expect(rows.map((r) => Number(r.bytes))).toEqual(sizes);
    const usage = await store.db
      .selectFrom("users")
      .select(["id", "record_count", "stored_bytes"])
      .orderBy("id")
      .execute();
    expect(usage.map((u) => [u.id, Number(u.record_count), Number(u.stored_bytes)])).toEqual([
      [users[0], 2, (sizes[0] ?? 0) + (sizes[1] ?? 0)],
      [users[1], 0, 0],
    ]);
  });

  it("can be undone", async () => {
    store = await seeded();
    await migrateTo(store, "0005-account-usage");
    await migrateTo(store, "0004-records-by-kind");
    const cols = await sql<{ n: number }>`select count(*) as n from records`.execute(store.db);
    expect(Number(cols.rows[0]?.n)).toBe(2);
    await expect(sql`select bytes from records`.execute(store.db)).rejects.toThrow();
  });
});
