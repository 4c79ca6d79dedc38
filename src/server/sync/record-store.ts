import { mergeAll, mergeRecord } from "../../core/sync/merge.ts";
import type { RecordKind, SyncRecord } from "../../core/sync/record.ts";
import { AppError } from "../errors.ts";
import type { Store } from "../store/store.ts";

/** A stored record with the position it got in its account's write order. */
export interface StoredRecord extends SyncRecord {
  readonly seq: number;
}

interface Row {
  id: string;
  kind: string;
  version: string;
  deleted: number;
  body: string;
  seq: number;
}

function fromRow(r: Row): StoredRecord {
  return {
    id: r.id,
    kind: r.kind as RecordKind,
    version: r.version,
    deleted: Number(r.deleted) === 1,
    body: JSON.parse(r.body) as unknown,
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
  return store.db.transaction().execute(async (trx) => {
    // PostgreSQL: a row lock, without writing the row. SQLite: a no-op write, so this
    // transaction holds the write lock from its first statement and never has to upgrade.
    const locked =
      store.dialect === "postgres"
        ? await trx
            .selectFrom("users")
            .select("seq")
            .where("id", "=", userId)
            .forUpdate()
            .executeTakeFirst()
        : await trx
            .updateTable("users")
            .set((eb) => ({ seq: eb.ref("seq") }))
            .where("id", "=", userId)
            .returning("seq")
            .executeTakeFirst();
    if (!locked) throw new AppError("unauthorized", "the account no longer exists");
    const base = Number(locked.seq);
    if (merged.length === 0) return { changed: 0, cursor: base };
    const existing = await trx
      .selectFrom("records")
      .select(["id", "kind", "version", "deleted"])
      .where("user_id", "=", userId)
      .where(
        "id",
        "in",
        merged.map((r) => r.id),
      )
      .execute();
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
    await trx
      .insertInto("records")
      .values(
        changed.map((r, i) => ({
          user_id: userId,
          id: r.id,
          kind: r.kind,
          version: r.version,
          deleted: r.deleted ? 1 : 0,
          body: JSON.stringify(r.body),
          seq: base + i + 1,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["user_id", "id"]).doUpdateSet((eb) => ({
          version: eb.ref("excluded.version"),
          deleted: eb.ref("excluded.deleted"),
          body: eb.ref("excluded.body"),
          seq: eb.ref("excluded.seq"),
        })),
      )
      .execute();
    const cursor = base + changed.length;
    await trx.updateTable("users").set({ seq: cursor }).where("id", "=", userId).execute();
    return { changed: changed.length, cursor };
  });
}

/** Every record of an account, tombstones included, in write order. */
export async function allRecords(store: Store, userId: string): Promise<StoredRecord[]> {
  const rows = await store.db
    .selectFrom("records")
    .select(["id", "kind", "version", "deleted", "body", "seq"])
    .where("user_id", "=", userId)
    .orderBy("seq")
    .execute();
  return rows.map(fromRow);
}
