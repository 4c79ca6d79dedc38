import { type Compilable, CompiledQuery } from "kysely";

/**
 * Kysely builds and compiles a query afresh on every call; for the 20-row upsert of a sync push
 * that costs more than the database takes to run it. For a query whose SQL text depends only on
 * its shape (a count, say), this compiles the shape once and afterwards runs its SQL with the
 * new parameters. Each store has its own (`Store.shapes`), so the texts belong to its dialect
 * and go when the store goes; nothing is kept per process.
 */
export class QueryShapes {
  readonly #sql = new Map<string, string>();

  /**
   * The compiled query of `shape` with `params`. `params` must list the values in the order the
   * builder puts them; the first compile of each shape compares the two, so a mismatch fails
   * loudly instead of writing columns crosswise.
   */
  query<R>(
    shape: string,
    params: readonly unknown[],
    build: () => Compilable<R>,
  ): CompiledQuery<R> {
    const sql = this.#sql.get(shape);
    if (sql !== undefined) return CompiledQuery.raw(sql, [...params]) as CompiledQuery<R>;
    const compiled = build().compile();
    const same =
      compiled.parameters.length === params.length &&
      compiled.parameters.every((p, i) => Object.is(p, params[i]));
    if (!same) {
      throw new Error(
        `query shape "${shape}": the parameters are not in the order the builder uses`,
      );
    }
    this.#sql.set(shape, compiled.sql);
    return compiled;
  }
}
