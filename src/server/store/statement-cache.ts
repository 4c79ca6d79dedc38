import type { SqliteDatabase, SqliteStatement } from "kysely";

/** How many distinct statements are kept; a push of n records is one statement per n. */
const maxStatements = 1000;

/**
 * Wraps a better-sqlite3 database so each SQL text is compiled once: Kysely prepares every query
 * afresh, which costs more than running the small queries the API makes. Statements are only
 * ever run with `all`/`run` (never iterated), so sharing one between calls is safe.
 */
export function withStatementCache(db: SqliteDatabase): SqliteDatabase {
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
        stmt = db.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
