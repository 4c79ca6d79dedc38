import { mergeAll, mergeRecord } from "../../core/sync/merge.ts";
import { type SyncRecord, wireRecord } from "../../core/sync/record.ts";
import { recordJson } from "../../core/sync/record-json.ts";
import { utf8Length } from "../../core/sync/utf8-length.ts";
import type { CheckedBody } from "../../core/sync/validate-record.ts";
import { AppError } from "../errors.ts";
import type { Store } from "../store/store.ts";
import { checkQuota, type Quota } from "./quota.ts";

/** A stored record with the position it got in its account's write order. */
export interface StoredRecord extends SyncRecord {
  readonly seq: number;
}

/** The stored document of a record: exactly what the API sends for it. */
export function recordDoc(r: SyncRecord): string {
  return recordJson(r);
}

function fromRow(r: { doc: string; seq: number }): StoredRecord {
  return { ...wireRecord(JSON.parse(r.doc) as SyncRecord), seq: Number(r.seq) };
}

/** What a push did: how many records changed the account, and the account's newest seq. */
export interface PushResult {
  readonly changed: number;
  readonly cursor: number;
}

/**
 * Merges records into an account in one transaction, by the core rule. `checked` gives the body
 * JSON the record check made, by record, to store without serialising it again. The account row is locked
 * first (a row lock on PostgreSQL, the write lock on SQLite), so pushes of one account from any
 * number of processes apply one after another, and each changed record gets the next seq. A
 * record whose id is stored with another kind fails the whole push (409), and so does a push
 * that would take the account past its quota (413): nothing is written.
 */
export async function pushRecords(
  store: Store,
  userId: string,
  incoming: readonly SyncRecord[],
  quota: Quota,
  checked?: ReadonlyMap<SyncRecord, CheckedBody>,
): Promise<PushResult> {
  const merged = mergeAll(incoming);
  const { dialect } = store;
  return store.db.transaction().execute(async (trx) => {
    // PostgreSQL: a row lock, without writing the row. SQLite: a no-op write, so this
    // transaction holds the write lock from its first statement and never has to upgrade.
    const lock = store.shapes.query("push:lock", [userId], () =>
      dialect === "postgres"
        ? trx
            .selectFrom("users")
            .select(["seq", "record_count", "stored_bytes"])
            .where("id", "=", userId)
            .forUpdate()
        : trx
            .updateTable("users")
            .set((eb) => ({ seq: eb.ref("seq") }))
            .where("id", "=", userId)
            .returning(["seq", "record_count", "stored_bytes"]),
    );
    const locked = (await trx.executeQuery(lock)).rows[0];
    if (!locked) throw new AppError("unauthorized", "the account no longer exists");
    const base = Number(locked.seq);
    const usage = { records: Number(locked.record_count), bytes: Number(locked.stored_bytes) };
    if (merged.length === 0) return { changed: 0, cursor: base };
    const ids = merged.map((r) => r.id);
    const existingQuery = store.shapes.query(`push:existing:${ids.length}`, [userId, ...ids], () =>
      trx
        .selectFrom("records")
        .select(["id", "kind", "version", "deleted", "bytes"])
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
    let records = usage.records;
    let bytes = usage.bytes;
    const rows = changed.map((r, i) => {
      // The record check serialised and measured the body already; the rest of the document
      // is ASCII (a UUID, a kind, a stamp), one byte a character.
      const body = checked?.get(r);
      const doc = recordJson(r, body?.json);
      const size = body ? doc.length - body.json.length + body.bytes : utf8Length(doc);
      const before = stored.get(r.id);
      if (before === undefined) records += 1;
      bytes += size - Number(before?.bytes ?? 0);
      return {
        user_id: userId,
        id: r.id,
        kind: r.kind,
        version: r.version,
        deleted: r.deleted ? 1 : 0,
        doc,
        seq: base + i + 1,
        bytes: size,
      };
    });
    checkQuota(quota, usage, { records, bytes });
    // Row by row, in the order of the columns above: the order Kysely binds them in.
    const params = rows.flatMap((r) => [
      r.user_id,
      r.id,
      r.kind,
      r.version,
      r.deleted,
      r.doc,
      r.seq,
      r.bytes,
    ]);
    const upsert = store.shapes.query(`push:upsert:${rows.length}`, params, () =>
      trx
        .insertInto("records")
        .values(rows)
        .onConflict((oc) =>
          oc.columns(["user_id", "id"]).doUpdateSet((eb) => ({
            version: eb.ref("excluded.version"),
            deleted: eb.ref("excluded.deleted"),
            doc: eb.ref("excluded.doc"),
            seq: eb.ref("excluded.seq"),
            bytes: eb.ref("excluded.bytes"),
          })),
        ),
    );
    await trx.executeQuery(upsert);
    const cursor = base + changed.length;
    const advance = store.shapes.query("push:advance", [cursor, records, bytes, userId], () =>
      trx
        .updateTable("users")
        .set({ seq: cursor, record_count: records, stored_bytes: bytes })
        .where("id", "=", userId),
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
