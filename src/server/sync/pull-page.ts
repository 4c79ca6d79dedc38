import { sql } from "kysely";
import type { Store } from "../store/store.ts";

/** One pull answer, already serialised, with the cursor it ends at. */
export interface PullPageJson {
  /** `{"records":[…],"cursor":n,"more":b}` */
  readonly json: string;
  readonly cursor: number;
  readonly count: number;
  readonly more: boolean;
}

interface PageRow {
  count: number | string;
  last: number | string | null;
  docs: string | null;
}

// Each record is stored as the JSON the API sends (`doc`), so the database itself joins one
// page of them in write order and the server splices the result into the answer: no row
// objects, no parsing, no re-serialising. Both aggregates take an ORDER BY of their own, so
// the order does not rest on the subquery's.
function pageQuery(store: Store, userId: string, after: number, limit: number) {
  const joined =
    store.dialect === "postgres"
      ? sql<string>`string_agg(doc, ',' order by seq)`
      : sql<string>`group_concat(doc, ',' order by seq)`;
  return sql<PageRow>`select count(*) as count, max(seq) as last, ${joined} as docs
    from (select doc, seq from records
          where user_id = ${userId} and seq > ${after}
          order by seq limit ${limit}) as page`.execute(store.db);
}

async function hasAfter(store: Store, userId: string, seq: number): Promise<boolean> {
  const r = await sql<{ one: number }>`select 1 as one from records
    where user_id = ${userId} and seq > ${seq} limit 1`.execute(store.db);
  return r.rows.length > 0;
}

/**
 * Reads up to `limit` records of an account written after `after`, in write order, as the
 * pull answer; `more` says whether another page waits.
 */
export async function pullPage(
  store: Store,
  userId: string,
  after: number,
  limit: number,
): Promise<PullPageJson> {
  const row = (await pageQuery(store, userId, after, limit)).rows[0];
  const count = Number(row?.count ?? 0);
  const cursor = count > 0 ? Number(row?.last) : after;
  const more = count === limit && (await hasAfter(store, userId, cursor));
  const json = `{"records":[${row?.docs ?? ""}],"cursor":${cursor},"more":${more}}`;
  return { json, cursor, count, more };
}
