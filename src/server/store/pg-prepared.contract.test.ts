import { sql } from "kysely";
import { expect, it } from "vitest";
import { describePostgres, useStore } from "./test-stores.ts";

describePostgres("prepared statements", (fixture) => {
  const store = useStore(fixture);

  it("prepares each data statement once per connection, by a name made from its text", async () => {
    // One transaction holds one connection, whose prepared statements are listed.
    const listed = await store()
      .db.transaction()
      .execute(async (trx) => {
        for (const key of ["a", "b", "c"]) {
          await trx.selectFrom("app_meta").select("value").where("key", "=", key).execute();
        }
        const rows = await sql<{
          name: string;
          statement: string;
        }>`select name, statement from pg_prepared_statements`.execute(trx);
        return rows.rows;
      });
    const meta = listed.filter((r) => r.statement.includes('from "app_meta"'));
    expect(meta).toHaveLength(1);
    expect(meta[0]?.name).toMatch(/^nura_[0-9a-f]{24}$/);
    // Transaction control is sent as it is, never prepared.
    expect(listed.some((r) => /^\s*(begin|commit|rollback)/i.test(r.statement))).toBe(false);
  });

  it("answers with the current rows after the data changes", async () => {
    const read = () =>
      store().db.selectFrom("app_meta").select("value").where("key", "=", "p").execute();
    await store()
      .db.insertInto("app_meta")
      .values({ key: "p", value: "one", updated_at: "2026-11-25T00:00:00.000Z" })
      .execute();
    expect(await read()).toEqual([{ value: "one" }]);
    await store().db.updateTable("app_meta").set({ value: "two" }).where("key", "=", "p").execute();
    expect(await read()).toEqual([{ value: "two" }]);
  });
});
