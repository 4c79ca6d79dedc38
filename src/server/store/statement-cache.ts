import type { Database as BetterSqlite3Database } from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** How many distinct statements are kept; a push of n records is one statement per n. */
const maxStatements = 1000;

/**
 * SQLite ends a transaction by itself when a write fails for want of room or memory
 * (SQLITE_FULL, SQLITE_NOMEM, some I/O errors); Kysely's ROLLBACK after that fails with "no
 * transaction is active" and would replace the error that explains the failure. A rollback
 * with no transaction open has nothing to undo, so it is skipped.
 */
function safeRollback(db: BetterSqlite3Database, stmt: SqliteStatement): SqliteStatement {
  return {
    reader: stmt.reader,
    all: (parameters) => stmt.all(parameters),
    iterate: (parameters) => stmt.iterate(parameters),
    run: (parameters) =>
      db.inTransaction ? stmt.run(parameters) : { changes: 0, lastInsertRowid: 0 },
  };
}

/**
 * Wraps a better-sqlite3 database so each SQL text is compiled once: Kysely prepares every query
 * afresh, which costs more than running the small queries the API makes. Statements are only
 * ever run with `all`/`run` (never iterated), so sharing one between calls is safe.
 */
export function withStatementCache(db: BetterSqlite3Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close() {
      cache.clear();
      return db.close();
    },
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= maxStatements) cache.clear();
        const prepared = db.prepare(sql) as unknown as SqliteStatement;
        stmt = /^\s*rollback\s*$/i.test(sql) ? safeRollback(db, prepared) : prepared;
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
