import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Database } from "./database.ts";
import type { DialectName } from "./dialect.ts";
import { QueryShapes } from "./query-shapes.ts";

/**
 * The server's handle on its database. Routes receive a Store, never a driver: the same code runs
 * on SQLite and PostgreSQL, and the contract suite checks both.
 */
export interface Store {
  readonly dialect: DialectName;
  readonly db: Kysely<Database>;
  /** PostgreSQL only: the schema this store is confined to, when not the default. */
  readonly schema?: string | undefined;
  /** The compiled SQL of the hot queries, per shape, for this store's dialect. */
  readonly shapes: QueryShapes;
  /**
   * True when the database answers. After a fault was noted, only a write that succeeds counts:
   * a full disk or a read-only file still answers reads.
   */
  ping(): Promise<boolean>;
  /** Records that a request failed because the database could not serve it (see store-faults.ts). */
  noteFault(): void;
  /** Closes every connection; the store is unusable after. */
  close(): Promise<void>;
}

/** How much a health probe writes: room for a sync push of a few records. */
export const healthProbeBytes = 16 * 1024;

class ProbeDone extends Error {}

/** Wraps a Kysely instance as a Store. */
export function storeFrom(db: Kysely<Database>, dialect: DialectName, schema?: string): Store {
  let closed = false;
  let faulted = false;
  // Writes 16 KiB of incompressible text into new pages, then rolls back: it fails like a real
  // push would on a full disk or a read-only file, and leaves nothing behind, not even free
  // pages a later probe could reuse while the disk stays full.
  const probeWrite = async (): Promise<void> => {
    try {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("app_meta")
          .values({
            key: `health-probe-${randomBytes(8).toString("hex")}`,
            value: randomBytes(healthProbeBytes / 2).toString("hex"),
            updated_at: new Date().toISOString(),
          })
          .execute();
        throw new ProbeDone();
      });
    } catch (err) {
      if (!(err instanceof ProbeDone)) throw err;
    }
  };
  return {
    dialect,
    db,
    schema,
    shapes: new QueryShapes(),
    async ping() {
      if (closed) return false;
      try {
        if (faulted) {
          await probeWrite();
          faulted = false;
        } else {
          await sql`select 1`.execute(db);
        }
        return true;
      } catch {
        return false;
      }
    },
    noteFault() {
      faulted = true;
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
