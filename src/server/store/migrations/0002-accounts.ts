import type { Kysely } from "kysely";
import type { NuraMigration } from "./migration.ts";

/**
 * Accounts and sync: users (with their per-user write counter and calendar token), login
 * sessions, shared rate-limit counters, and the synced records themselves.
 */
export const m0002Accounts: NuraMigration = {
  name: "0002-accounts",
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull())
      // Lower-cased email: the unique key, so "Ana@x" and "ana@x" are one account.
      .addColumn("email_key", "text", (c) => c.notNull().unique())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("seq", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("calendar_token_hash", "text", (c) => c.unique())
      .execute();
    await db.schema
      .createTable("auth_sessions")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("auth_sessions_user")
      .on("auth_sessions")
      .column("user_id")
      .execute();
    await db.schema
      .createTable("rate_limits")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("window_no", "integer", (c) => c.notNull())
      .addColumn("count", "integer", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("rate_limits_window")
      .on("rate_limits")
      .column("window_no")
      .execute();
    await db.schema
      .createTable("records")
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("version", "text", (c) => c.notNull())
      .addColumn("deleted", "integer", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("seq", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("records_pk", ["user_id", "id"])
      .execute();
    await db.schema
      .createIndex("records_user_seq")
      .on("records")
      .columns(["user_id", "seq"])
      .unique()
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ["records", "rate_limits", "auth_sessions", "users"]) {
      await db.schema.dropTable(t).execute();
    }
  },
};
