import { type Kysely, sql } from "kysely";
import type { NuraMigration } from "./migration.ts";

/**
 * What account security needs beyond sign-in: when each session was last used and from which
 * browser (the person's list of signed-in devices), single-use password-reset tokens (stored
 * hashed), and the per-account count of failed sign-ins that throttles guessing.
 */
export const m0006AccountSecurity: NuraMigration = {
  name: "0006-account-security",
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("auth_sessions")
      .addColumn("last_seen_at", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await db.schema.alterTable("auth_sessions").addColumn("user_agent", "text").execute();
    await sql`update auth_sessions set last_seen_at = created_at`.execute(db);
    await db.schema
      .createTable("password_resets")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("password_resets_user")
      .on("password_resets")
      .column("user_id")
      .execute();
    await db.schema
      .createTable("login_throttle")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("failures", "integer", (c) => c.notNull())
      .addColumn("last_failure_ms", "bigint", (c) => c.notNull())
      .addColumn("next_attempt_ms", "bigint", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("login_throttle").execute();
    await db.schema.dropTable("password_resets").execute();
    await db.schema.alterTable("auth_sessions").dropColumn("user_agent").execute();
    await db.schema.alterTable("auth_sessions").dropColumn("last_seen_at").execute();
  },
};
