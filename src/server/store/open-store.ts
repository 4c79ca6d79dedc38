import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type { Database } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";
import { withPreparedStatements } from "./pg-prepared.ts";
import { withStatementCache } from "./statement-cache.ts";
import { type Store, storeFrom } from "./store.ts";

/** Where to find the database: a PostgreSQL URL, or a folder for the SQLite file. */
export interface StoreOptions {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string;
  /** SQLite only: a file path or ":memory:" instead of `<dataDir>/nura.sqlite`. */
  readonly sqliteFile?: string;
  /** PostgreSQL only: the schema to work in (tests use a fresh one each run). */
  readonly pgSchema?: string;
  readonly pgPoolSize?: number;
  /**
   * Told of every connection error the driver raises outside a query (a terminated backend, a
   * dropped socket); the server logs them. The store recovers on its own either way.
   */
  readonly onConnectionError?: (err: Error) => void;
}

/** How long a request waits for a new PostgreSQL connection before it is answered 503. */
export const pgConnectTimeoutMs = 5000;

/** The SQLite file name inside the data folder. */
export const sqliteFileName = "nura.sqlite";

/**
 * Makes the data folder 0700 and the database file 0600 before SQLite opens it, so no other
 * local user can read password hashes or anyone's records. SQLite gives its -wal and -shm files
 * the database file's mode. Folders and files that exist already are tightened too.
 */
function privateFile(dir: string, file: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  closeSync(openSync(file, "a", 0o600));
  chmodSync(file, 0o600);
}

// Each driver is loaded only when its database is chosen: a SQLite server never pays for
// loading pg at start, and the other way round.
async function openSqlite(opts: StoreOptions): Promise<Store> {
  const { default: BetterSqlite3 } = await import("better-sqlite3");
  let file = opts.sqliteFile;
  if (!file) {
    const dir = opts.dataDir ?? "data";
    file = join(dir, sqliteFileName);
    privateFile(dir, file);
  }
  const raw = new BetterSqlite3(file);
  // Deleted rows (a deleted account's email and password hash) are overwritten with zeros
  // instead of lingering in free pages of the file.
  raw.pragma("secure_delete = ON");
  // WAL lets readers run beside the writer; NORMAL sync in WAL mode keeps every committed
  // transaction through a process crash (kill -9), losing at most the last ones on power loss.
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(raw) }),
  });
  return storeFrom(db, "sqlite");
}

async function openPostgres(url: string, opts: StoreOptions): Promise<Store> {
  const { default: pg } = await import("pg");
  const schema = opts.pgSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.pgPoolSize ?? 10,
    connectionTimeoutMillis: pgConnectTimeoutMs,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const onError = opts.onConnectionError ?? (() => {});
  // An idle pooled connection that fails is dropped by the pool, which then emits 'error':
  // without a listener that event would end the process.
  pool.on("error", onError);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withPreparedStatements(pool, onError) }),
  });
  return storeFrom(db, "postgres", schema);
}

/** Opens the store the options point at, without migrating. */
export function openStore(opts: StoreOptions): Promise<Store> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts) : openSqlite(opts);
}

/** Opens the store and brings its schema to the newest version. */
export async function openMigratedStore(opts: StoreOptions): Promise<Store> {
  const store = await openStore(opts);
  try {
    await migrateToLatest(store);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
