import { type Compilable, CompiledQuery } from "kysely";
import type { DialectName } from "./dialect.ts";

const shapes = new Map<string, string>();

/**
 * Kysely builds and compiles a query afresh on every call; for the 20-row upsert of a sync push
 * that costs more than the database takes to run it. For a query whose SQL text depends only on
 * its shape (the dialect and a count, say), this compiles the shape once and afterwards runs its
 * SQL with the new parameters.
 *
 * `params` must list the values in the order the builder puts them. The first compile of each
 * shape compares the two, so a mismatch fails loudly instead of writing columns crosswise.
 */
export function shapedQuery<R>(
  dialect: DialectName,
  shape: string,
  params: readonly unknown[],
  build: () => Compilable<R>,
): CompiledQuery<R> {
  const key = `${dialect}:${shape}`;
  const sql = shapes.get(key);
  if (sql !== undefined) return CompiledQuery.raw(sql, [...params]) as CompiledQuery<R>;
  const compiled = build().compile();
  const same =
    compiled.parameters.length === params.length &&
    compiled.parameters.every((p, i) => Object.is(p, params[i]));
  if (!same) {
    throw new Error(`query shape "${shape}": the parameters are not in the order the builder uses`);
  }
  shapes.set(key, compiled.sql);
  return compiled;
}
