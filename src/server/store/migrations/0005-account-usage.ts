import { type Kysely, sql } from "kysely";
import type { NuraMigration } from "./migration.ts";

/**
 * What each account stores, kept beside it so a push can be held to the account's quota without
 * counting every record: `users.record_count` and `users.stored_bytes`, and each record's own
 * `bytes` (the UTF-8 size of its `doc`), which a push subtracts when it replaces the record.
 * Existing rows are counted in place.
 *
 * Also drops the (user_id, kind) index, which only the calendar feed used (it now reads its
 * three documents by key), so every write maintains one index fewer. The export streams an
 * account in id order, as the device's export lists it: on SQLite through the primary key; on
 * PostgreSQL through a new (user_id, id) index in the "C" collation, so the database orders ids
 * code unit by code unit as JavaScript compares them, whatever the database's locale.
 */
export const m0005AccountUsage: NuraMigration = {
  name: "0005-account-usage",
  async up(db: Kysely<unknown>, dialect) {
    await db.schema
      .alterTable("records")
      .addColumn("bytes", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    const size = dialect === "postgres" ? sql`octet_length(doc)` : sql`length(cast(doc as blob))`;
    await sql`update records set bytes = ${size}`.execute(db);
    await db.schema
      .alterTable("users")
      .addColumn("record_count", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable("users")
      .addColumn("stored_bytes", "bigint", (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update users set
      record_count = (select count(*) from records r where r.user_id = users.id),
      stored_bytes = (select coalesce(sum(r.bytes), 0) from records r where r.user_id = users.id)`.execute(
      db,
    );
    await db.schema.dropIndex("records_user_kind").execute();
    if (dialect === "postgres") {
      await sql`create index records_user_id_c on records (user_id, id collate "C")`.execute(db);
    }
  },
  async down(db: Kysely<unknown>, dialect) {
    if (dialect === "postgres") await db.schema.dropIndex("records_user_id_c").execute();
    await db.schema
      .createIndex("records_user_kind")
      .on("records")
      .columns(["user_id", "kind"])
      .execute();
    await db.schema.alterTable("users").dropColumn("stored_bytes").execute();
    await db.schema.alterTable("users").dropColumn("record_count").execute();
    await db.schema.alterTable("records").dropColumn("bytes").execute();
  },
};
