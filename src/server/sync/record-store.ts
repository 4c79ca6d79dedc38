import { mergeAll, mergeRecord } from "../../core/sync/merge.ts";
import type { SyncRecord } from "../../core/sync/record.ts";
import { AppError } from "../errors.ts";
import { shapedQuery } from "../store/query-shapes.ts";
import type { Store } from "../store/store.ts";

/** A stored record with the position it got in its account's write order. */
export interface StoredRecord extends SyncRecord {
  readonly seq: number;
}

/** The stored document of a record: exactly what the API sends for it. */
export function recordDoc(r: SyncRecord): string {
  return JSON.stringify({
    id: r.id,
    kind: r.kind,
    version: r.version,
    deleted: r.deleted,
    body: r.body,
  } satisfies SyncRecord);
}

function fromRow(r: { doc: string; seq: number }): StoredRecord {
  const d = JSON.parse(r.doc) as SyncRecord;
  return {
    id: d.id,
    kind: d.kind,
    version: d.version,
    deleted: d.deleted,
    body: d.body,
    seq: Number(r.seq),
  };
}

/** What a push did: how many records changed the account, and the account's newest seq. */
export interface PushResult {
  readonly changed: number;
  readonly cursor: number;
}

/**
 * Merges records into an account in one transaction, by the core rule. The account row is locked
 * first (a row lock on PostgreSQL, the write lock on SQLite), so pushes of one account from any
 * number of processes apply one after another, and each changed record gets the next seq. A
 * record whose id is stored with another kind fails the whole push (409): nothing is written.
 */
export async function pushRecords(
  store: Store,
  userId: string,
  incoming: readonly SyncRecord[],
): Promise<PushResult> {
  const merged = mergeAll(incoming);
  const { dialect } = store;
  return store.db.transaction().execute(async (trx) => {
    // PostgreSQL: a row lock, without writing the row. SQLite: a no-op write, so this
    // transaction holds the write lock from its first statement and never has to upgrade.
    const lock = shapedQuery(dialect, "push:lock", [userId], () =>
      dialect === "postgres"
        ? trx.selectFrom("users").select("seq").where("id", "=", userId).forUpdate()
        : trx
            .updateTable("users")
            .set((eb) => ({ seq: eb.ref("seq") }))
            .where("id", "=", userId)
            .returning("seq"),
    );
    const locked = (await trx.executeQuery(lock)).rows[0];
    if (!locked) throw new AppError("unauthorized", "the account no longer exists");
    const base = Number(locked.seq);
    if (merged.length === 0) return { changed: 0, cursor: base };
    const ids = merged.map((r) => r.id);
    const existingQuery = shapedQuery(
      dialect,
      `push:existing:${ids.length}`,
      [userId, ...ids],
      () =>
        trx
          .selectFrom("records")
          .select(["id", "kind", "version", "deleted"])
          .where("user_id", "=", userId)
          .where("id", "in", ids),
    );
    const existing = (await trx.executeQuery(existingQuery)).rows;
    const stored = new Map(existing.map((r) => [r.id, r]));
    const changed: SyncRecord[] = [];
    for (const r of merged) {
      const s = stored.get(r.id);
      if (s && s.kind !== r.kind) {
        throw new AppError("conflict", `record ${r.id} already exists as a ${s.kind}`);
      }
      const before = s
        ? {
            id: s.id,
            kind: r.kind,
            version: s.version,
            deleted: Number(s.deleted) === 1,
            body: null,
          }
        : undefined;
      if (mergeRecord<unknown>(before, r).changed) changed.push(r);
    }
    if (changed.length === 0) return { changed: 0, cursor: base };
    const rows = changed.map((r, i) => ({
      user_id: userId,
      id: r.id,
      kind: r.kind,
      version: r.version,
      deleted: r.deleted ? 1 : 0,
      doc: recordDoc(r),
      seq: base + i + 1,
    }));
    // Row by row, in the order of the columns above: the order Kysely binds them in.
    const params = rows.flatMap((r) => [
      r.user_id,
      r.id,
      r.kind,
      r.version,
      r.deleted,
      r.doc,
      r.seq,
    ]);
    const upsert = shapedQuery(dialect, `push:upsert:${rows.length}`, params, () =>
      trx
        .insertInto("records")
        .values(rows)
        .onConflict((oc) =>
          oc.columns(["user_id", "id"]).doUpdateSet((eb) => ({
            version: eb.ref("excluded.version"),
            deleted: eb.ref("excluded.deleted"),
            doc: eb.ref("excluded.doc"),
            seq: eb.ref("excluded.seq"),
          })),
        ),
    );
    await trx.executeQuery(upsert);
    const cursor = base + changed.length;
    const advance = shapedQuery(dialect, "push:advance", [cursor, userId], () =>
      trx.updateTable("users").set({ seq: cursor }).where("id", "=", userId),
    );
    await trx.executeQuery(advance);
    return { changed: changed.length, cursor };
  });
}

/** Every record of an account, tombstones included, in write order. */
export async function allRecords(store: Store, userId: string): Promise<StoredRecord[]> {
  const rows = await store.db
    .selectFrom("records")
    .select(["doc", "seq"])
    .where("user_id", "=", userId)
    .orderBy("seq")
    .execute();
  return rows.map(fromRow);
}
