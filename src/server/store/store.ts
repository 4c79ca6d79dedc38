import { type Kysely, sql } from "kysely";
import type { Database } from "./database.ts";
import type { DialectName } from "./dialect.ts";

/**
 * The server's handle on its database. Routes receive a Store, never a driver: the same code runs
 * on SQLite and PostgreSQL, and the contract suite checks both.
 */
export interface Store {
  readonly dialect: DialectName;
  readonly db: Kysely<Database>;
  /** PostgreSQL only: the schema this store is confined to, when not the default. */
  readonly schema?: string | undefined;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  /** Closes every connection; the store is unusable after. */
  close(): Promise<void>;
}

/** Wraps a Kysely instance as a Store. */
export function storeFrom(db: Kysely<Database>, dialect: DialectName, schema?: string): Store {
  let closed = false;
  return {
    dialect,
    db,
    schema,
    async ping() {
      if (closed) return false;
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
