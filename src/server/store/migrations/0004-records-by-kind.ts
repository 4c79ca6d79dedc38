import type { Kysely } from "kysely";
import type { NuraMigration } from "./migration.ts";

/**
 * An index on (user_id, kind), so that reading an account's few documents of some kinds (the
 * calendar feed reads settings, profile and routines) does not walk every session and check-in
 * the account has ever synced.
 */
export const m0004RecordsByKind: NuraMigration = {
  name: "0004-records-by-kind",
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex("records_user_kind")
      .on("records")
      .columns(["user_id", "kind"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("records_user_kind").execute();
  },
};
