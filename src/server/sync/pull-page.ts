import type { Store } from "../store/store.ts";

interface PullRow {
  id: string;
  kind: string;
  version: string;
  deleted: number;
  body: string;
  seq: number;
}

/** One pull answer, already serialised, with the cursor it ends at. */
export interface PullPageJson {
  /** `{"records":[…],"cursor":n,"more":b}` */
  readonly json: string;
  readonly cursor: number;
  readonly count: number;
  readonly more: boolean;
}

// Bodies are stored as the JSON text the server itself produced, so they are spliced into the
// answer as they are: parsing and re-serialising them was a third of a pull's cost. id, kind
// and version were validated on the way in (UUID, known kind, [A-Za-z0-9_-] stamp).
function rowJson(r: PullRow): string {
  const deleted = Number(r.deleted) === 1 ? "true" : "false";
  return `{"id":"${r.id}","kind":"${r.kind}","version":${JSON.stringify(r.version)},"deleted":${deleted},"body":${r.body}}`;
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
  const rows = await store.db
    .selectFrom("records")
    .select(["id", "kind", "version", "deleted", "body", "seq"])
    .where("user_id", "=", userId)
    .where("seq", ">", after)
    .orderBy("seq")
    .limit(limit + 1)
    .execute();
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const cursor = page.length ? Number(page[page.length - 1]?.seq) : after;
  const json = `{"records":[${page.map(rowJson).join(",")}],"cursor":${cursor},"more":${more}}`;
  return { json, cursor, count: page.length, more };
}
