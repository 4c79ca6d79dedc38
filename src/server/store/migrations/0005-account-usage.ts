import { type Kysely, sql } from "kysely";
import type { NuraMigration } from "./migration.ts";

/**
 * What each account stores, kept beside it so a push can be held to the account's quota without
 * counting every record: `users.record_count` and `users.stored_bytes`, and each record's own
 * `bytes` (the UTF-8 size of its `doc`), which a push subtracts when it replaces the record.
 * Existing rows are counted in place.
 *
 * Also replaces the (user_id, kind) index with (user_id, kind, id): the export streams an
 * account kind by kind in id order, as the device's export lists it, in pages. On PostgreSQL the
 * id is indexed in the "C" collation, so the database orders ids byte by byte as JavaScript
 * compares them, whatever the database's locale.
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
      await sql`create index records_user_kind_id on records (user_id, kind, id collate "C")`.execute(
        db,
      );
    } else {
      await db.schema
        .createIndex("records_user_kind_id")
        .on("records")
        .columns(["user_id", "kind", "id"])
        .execute();
    }
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("records_user_kind_id").execute();
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
