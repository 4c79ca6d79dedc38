import { type Kysely, sql } from "kysely";
import type { NuraMigration } from "./migration.ts";

/**
 * Stores each synced record as the JSON the API sends (`doc`) instead of its body alone. A pull
 * then reads one column and joins the documents in the database, instead of reading five
 * columns per record and assembling each one in JavaScript: records are written once and pulled
 * by every device, so the work belongs on the write. Existing rows are converted in place; ids,
 * kinds and version stamps were validated on the way in (no character in them needs escaping),
 * and bodies were stored as JSON text, so plain concatenation gives exactly what
 * `JSON.stringify` gives for the record.
 */
export const m0003RecordDocs: NuraMigration = {
  name: "0003-record-docs",
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("records")
      .addColumn("doc", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await sql`update records set doc = '{"id":"' || id || '","kind":"' || kind || '","version":"' || version || '","deleted":' || (case when deleted = 1 then 'true' else 'false' end) || ',"body":' || body || '}'`.execute(
      db,
    );
    await db.schema.alterTable("records").dropColumn("body").execute();
  },
  async down(db: Kysely<unknown>, dialect) {
    await db.schema
      .alterTable("records")
      .addColumn("body", "text", (c) => c.notNull().defaultTo("null"))
      .execute();
    const body = dialect === "postgres" ? sql`(doc::json -> 'body')::text` : sql`doc -> '$.body'`;
    await sql`update records set body = ${body}`.execute(db);
    await db.schema.alterTable("records").dropColumn("doc").execute();
  },
};
