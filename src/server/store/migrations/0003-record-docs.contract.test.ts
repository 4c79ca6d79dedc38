import { type Kysely, sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import { pullPage } from "../../sync/pull-page.ts";
import { allRecords, recordDoc } from "../../sync/record-store.ts";
import { migrateTo } from "../migrate.ts";
import type { Store } from "../store.ts";
import { describeEachStore } from "../test-stores.ts";

const user = "0192f000-0000-7000-8000-00000000000a";
const stored = [
  {
    id: "0192f000-0001-7000-8000-000000000001",
    kind: "checkin",
    version: "0000000000001000-0000-dev_a",
    deleted: false,
    body: { localDate: "2026-11-25", note: `crème "douce", \\ à l'heure 🌿\n` },
  },
  {
    id: "0192f000-0001-7000-8000-000000000002",
    kind: "routine",
    version: "0000000000002000-0001-dev-b",
    deleted: true,
    body: null,
  },
] as const;

describeEachStore("migration 0003-record-docs", (fixture) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it("turns each stored body into the record's document, byte for byte what the API sends", async () => {
    store = await fixture.openEmpty();
    await migrateTo(store, "0002-accounts");
    const db = store.db as unknown as Kysely<unknown>;
    await sql`insert into users (id, email, email_key, password_hash, created_at, seq)
      values (${user}, 'a@example.org', 'a@example.org', 'x', '2026-11-25T00:00:00.000Z', 2)`.execute(
      db,
    );
    for (const [i, r] of stored.entries()) {
      await sql`insert into records (user_id, id, kind, version, deleted, body, seq)
        values (${user}, ${r.id}, ${r.kind}, ${r.version}, ${r.deleted ? 1 : 0},
                ${JSON.stringify(r.body)}, ${i + 1})`.execute(db);
    }

    expect(await migrateTo(store, "0003-record-docs")).toEqual(["0003-record-docs"]);

    const docs = await store.db.selectFrom("records").select("doc").orderBy("seq").execute();
    expect(docs.map((d) => d.doc)).toEqual(stored.map((r) => recordDoc(r)));
    expect(await allRecords(store, user)).toEqual(stored.map((r, i) => ({ ...r, seq: i + 1 })));
    const page = await pullPage(store, user, 0, 100);
    expect(JSON.parse(page.json)).toEqual({ records: stored, cursor: 2, more: false });
  });

  it("can be undone, giving back the bodies", async () => {
    store = await fixture.openEmpty();
    await migrateTo(store);
    await sql`insert into users (id, email, email_key, password_hash, created_at, seq)
      values (${user}, 'a@example.org', 'a@example.org', 'x', '2026-11-25T00:00:00.000Z', 2)`.execute(
      store.db,
    );
    for (const [i, r] of stored.entries()) {
      await store.db
        .insertInto("records")
        .values({
          user_id: user,
          id: r.id,
          kind: r.kind,
          version: r.version,
          deleted: r.deleted ? 1 : 0,
          doc: recordDoc(r),
          seq: i + 1,
          bytes: Buffer.byteLength(recordDoc(r)),
        })
        .execute();
    }
    await migrateTo(store, "0002-accounts");
    const rows = await sql<{ body: string }>`select body from records order by seq`.execute(
      store.db,
    );
    expect(rows.rows.map((r) => JSON.parse(r.body))).toEqual(stored.map((r) => r.body));
  });
});
