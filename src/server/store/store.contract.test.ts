import { sql } from "kysely";
import { expect, it } from "vitest";
import { migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";
import { describeEachStore, useStore } from "./test-stores.ts";

describeEachStore("store contract", (fixture) => {
  const store = useStore(fixture);

  it("reports its dialect and answers a ping", async () => {
    expect(store().dialect).toBe(fixture.name);
    expect(await store().ping()).toBe(true);
  });

  it("has recorded every migration, and migrating again applies nothing", async () => {
    const again = await migrateToLatest(store());
    expect(again).toEqual([]);
    const rows = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(store().db);
    expect(rows.rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
  });

  it("round-trips text through app_meta, including non-ASCII and quotes", async () => {
    const value = `créé "à" l'heure 🌿`;
    await store()
      .db.insertInto("app_meta")
      .values({ key: "contract", value, updated_at: "2026-11-25T00:00:00.000Z" })
      .execute();
    const row = await store()
      .db.selectFrom("app_meta")
      .selectAll()
      .where("key", "=", "contract")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ key: "contract", value, updated_at: "2026-11-25T00:00:00.000Z" });
  });

  it("rolls back a failed transaction whole", async () => {
    await expect(
      store()
        .db.transaction()
        .execute(async (trx) => {
          await trx
            .insertInto("app_meta")
            .values({ key: "half", value: "1", updated_at: "x" })
            .execute();
          await trx
            .insertInto("app_meta")
            .values({ key: "contract", value: "duplicate key", updated_at: "x" })
            .execute();
        }),
    ).rejects.toThrow();
    const half = await store()
      .db.selectFrom("app_meta")
      .select("key")
      .where("key", "=", "half")
      .executeTakeFirst();
    expect(half).toBeUndefined();
  });

  it("stops answering pings once closed", async () => {
    const other = await fixture.open();
    await other.close();
    expect(await other.ping()).toBe(false);
  });
});
