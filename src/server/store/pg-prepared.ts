import { createHash } from "node:crypto";
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type pg from "pg";

// Data statements only: DDL and transaction control gain nothing from a plan cache.
const dataStatement = /^\s*(select|insert|update|delete|with)\b/i;
const maxNames = 5000;

/**
 * Wraps a pg pool so that data statements run as named prepared statements: PostgreSQL parses
 * and plans each distinct SQL text once per connection instead of on every call. The hot
 * statements have one text per shape (see query-shapes.ts), so the set stays small. The name
 * is a hash of the text, so the same text always gets the same name.
 */
export function withPreparedStatements(
  pool: pg.Pool,
  onClientError: (err: Error) => void = () => {},
): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (sql: string): string => {
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= maxNames) names.clear();
      name = `nura_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
      names.set(sql, name);
    }
    return name;
  };
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      // pg emits a checked-out client's connection errors (a terminated backend, a dropped
      // socket) as an 'error' event, which would end the process if nobody listened. The query
      // in flight fails with the same error, and the pool drops the client when it comes back.
      client.on("error", onClientError);
      function query<R>(
        sqlOrCursor: string | PostgresCursor<R>,
        parameters?: ReadonlyArray<unknown>,
      ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
        if (typeof sqlOrCursor !== "string") {
          return client.query(sqlOrCursor as never) as unknown as PostgresCursor<R>;
        }
        const values = [...(parameters ?? [])];
        const config = dataStatement.test(sqlOrCursor)
          ? { name: nameOf(sqlOrCursor), text: sqlOrCursor, values }
          : { text: sqlOrCursor, values };
        return client.query(config) as unknown as Promise<PostgresQueryResult<R>>;
      }
      return {
        query,
        release: (destroy?: boolean) => {
          client.off("error", onClientError);
          client.release(destroy);
        },
      } as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
