import { type Kysely, type MigrationResultSet, Migrator, sql } from "kysely";
import { migrations } from "./migrations/index.ts";
import type { Store } from "./store.ts";

/** Thrown when a migration fails; names the migration and keeps the cause. */
export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/**
 * Brings the store's schema to the newest version. Safe to run from several processes at once: Kysely
 * takes a lock (an advisory lock on PostgreSQL) around the whole run.
 */
export async function migrateToLatest(store: Store): Promise<readonly string[]> {
  return migrateTo(store);
}

/**
 * Brings the schema to the named migration (the newest when omitted), running `up` or `down`
 * steps as needed. Tests use a name to set up data as an older version stored it.
 */
export async function migrateTo(store: Store, target?: string): Promise<readonly string[]> {
  const { dialect } = store;
  // Kysely looks for its own tables by introspecting every schema, so on PostgreSQL it must be
  // told which schema is ours, or it would take another schema's migration table for its own.
  const schema =
    dialect === "postgres"
      ? (store.schema ??
        (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s)
      : undefined;
  const migrator = new Migrator({
    db: store.db as unknown as Kysely<unknown>,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: {
      async getMigrations() {
        return Object.fromEntries(
          migrations.map((m) => [
            m.name,
            {
              up: (d: Kysely<unknown>) => m.up(d, dialect),
              down: m.down
                ? (d: Kysely<unknown>) => m.down?.(d, dialect) ?? Promise.resolve()
                : undefined,
            },
          ]),
        );
      },
    },
  });
  const result: MigrationResultSet =
    target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new MigrationError(`migration ${failed} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
