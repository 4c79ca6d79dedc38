import type { Kysely } from "kysely";
import type { NuraMigration } from "./migration.ts";

/** Creates `app_meta`, the table that records when this database was made. */
export const m0001AppMeta: NuraMigration = {
  name: "0001-app-meta",
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("app_meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("app_meta").execute();
  },
};
