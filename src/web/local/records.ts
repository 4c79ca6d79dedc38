import type { IDBPDatabase } from "idb";
import type { RecordKind, SyncRecord } from "../../core/sync/record.ts";
import {
  browserEnv,
  deviceIdIn,
  newRecordId,
  observeIn,
  type RecordsEnv,
  type RecordsTx,
  stampIn,
} from "./device-clock.ts";
import type { LocalRecord, NuraDb } from "./local-db.ts";
import { forgetHeldIn, mergePulledIn } from "./merge-pulled.ts";
import { writeTransaction } from "./write-transaction.ts";

/** One record to write with {@link Records.putAll}. */
export interface NewWrite<B = unknown> {
  readonly kind: RecordKind;
  readonly body: B;
  readonly id?: string;
}

/**
 * The device's records: every write gets a fresh clock stamp and is marked for the next push.
 * Each write reads and stamps in one transaction with the clock, so a pull merging at the same
 * time lands wholly before or wholly after it, never in between.
 * Listeners hear about every change (the sync client debounces on it; screens refresh on it).
 */
export class Records {
  readonly #db: IDBPDatabase<NuraDb>;
  readonly #env: RecordsEnv;
  readonly #listeners = new Set<(kinds: ReadonlySet<RecordKind>) => void>();

  constructor(db: IDBPDatabase<NuraDb>, env: RecordsEnv = browserEnv) {
    this.#db = db;
    this.#env = env;
  }

  /** This device's id, made on first use and kept in `meta`. */
  deviceId(): Promise<string> {
    return this.#write((tx) => deviceIdIn(tx, this.#env));
  }

  /** A new id for a record (UUIDv7). */
  newId(): string {
    return newRecordId(this.#env);
  }

  /** Moves the local clock past a stamp that arrived from elsewhere (an import). */
  observe(version: string): Promise<void> {
    return this.#write((tx) => observeIn(tx, this.#env, version));
  }

  #write<T>(work: (tx: RecordsTx) => Promise<T>): Promise<T> {
    return writeTransaction(this.#db, ["records", "meta"], work);
  }

  #fresh<B>(kind: RecordKind, body: B, id: string, version: string): LocalRecord<B> {
    return { id, kind, version, deleted: false, body, dirty: 1, updatedAt: this.#env.now() };
  }

  /** Writes a record (new when `id` is omitted), stamps it and marks it for the next push. */
  async put<B>(kind: RecordKind, body: B, id?: string): Promise<LocalRecord<B>> {
    const [record] = await this.putAll<B>([id === undefined ? { kind, body } : { kind, body, id }]);
    return record as LocalRecord<B>;
  }

  /** Writes several records in one transaction: all of them are kept, or on failure none. */
  async putAll<B>(writes: readonly NewWrite<B>[]): Promise<LocalRecord<B>[]> {
    const records = await this.#write(async (tx) => {
      const out: LocalRecord<B>[] = [];
      for (const w of writes) {
        const r = this.#fresh(w.kind, w.body, w.id ?? this.newId(), await stampIn(tx, this.#env));
        await tx.objectStore("records").put(r);
        out.push(r);
      }
      return out;
    });
    this.#emit(...writes.map((w) => w.kind));
    return records;
  }

  /**
   * Creates the record `id` unless it exists already, in which case the stored one is returned
   * untouched: a create is idempotent per id, so a form that makes its id when it opens saves
   * once however often it is submitted, and a retried write never doubles.
   */
  async create<B>(kind: RecordKind, body: B, id: string): Promise<LocalRecord<B>> {
    let made = false;
    const record = await this.#write(async (tx) => {
      const existing = await tx.objectStore("records").get(id);
      if (existing) return existing as LocalRecord<B>;
      const r = this.#fresh(kind, body, id, await stampIn(tx, this.#env));
      await tx.objectStore("records").put(r);
      made = true;
      return r;
    });
    if (made) this.#emit(kind);
    return record;
  }

  /**
   * Rewrites the record `id` from its stored body (undefined when there is none or it is
   * deleted) in one transaction, so two changes to different parts of it never undo each other.
   */
  async update<B>(
    kind: RecordKind,
    id: string,
    change: (current: B | undefined) => B,
  ): Promise<LocalRecord<B>> {
    const record = await this.#write(async (tx) => {
      const stored = await tx.objectStore("records").get(id);
      const current = stored && !stored.deleted ? (stored.body as B) : undefined;
      const r = this.#fresh(kind, change(current), id, await stampIn(tx, this.#env));
      await tx.objectStore("records").put(r);
      return r;
    });
    this.#emit(kind);
    return record;
  }

  /** Marks a record deleted (a tombstone, so the deletion syncs); its body is emptied. */
  async remove(id: string): Promise<void> {
    const kind = await this.#write(async (tx) => {
      const existing = await tx.objectStore("records").get(id);
      if (!existing || existing.deleted) return null;
      const version = await stampIn(tx, this.#env);
      await tx.objectStore("records").put({
        ...this.#fresh(existing.kind, null, id, version),
        deleted: true,
      });
      return existing.kind;
    });
    if (kind) this.#emit(kind);
  }

  /** One record by id, deleted ones included. */
  get<B>(id: string): Promise<LocalRecord<B> | undefined> {
    return this.#db.get("records", id) as Promise<LocalRecord<B> | undefined>;
  }

  /** Every live (not deleted) record of a kind, oldest id first. */
  async list<B>(kind: RecordKind): Promise<LocalRecord<B>[]> {
    const all = (await this.#db.getAllFromIndex("records", "byKind", kind)) as LocalRecord<B>[];
    return all.filter((r) => !r.deleted).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Every record still waiting to be pushed. */
  pending(): Promise<LocalRecord[]> {
    return this.#db.getAllFromIndex("records", "byDirty", 1);
  }

  /**
   * Stores records exactly as given (imports); no new stamp. `quiet` skips telling subscribers,
   * for bookkeeping that changes no content.
   */
  async putRaw(records: readonly LocalRecord[], options: { quiet?: boolean } = {}): Promise<void> {
    if (records.length === 0) return;
    const tx = this.#db.transaction("records", "readwrite");
    await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    if (!options.quiet) this.#emit(...records.map((r) => r.kind));
  }

  /**
   * Merges a pulled page, and the records held back before, into the device's records: each
   * compared with the stored copy and written in the same transaction, so an edit made on this
   * device while the pull was under way is never overwritten by an older remote version.
   * Returns how many pulled records are held back (stamped too far ahead of this clock).
   */
  async mergePulled(incoming: readonly SyncRecord[]): Promise<number> {
    const { kinds, held } = await this.#write((tx) => mergePulledIn(tx, this.#env, incoming));
    if (kinds.length > 0) this.#emit(...kinds);
    return held;
  }

  /** Forgets pulled records held back (the device leaves the account they came from). */
  forgetHeld(): Promise<void> {
    return this.#write(forgetHeldIn);
  }

  /**
   * Settles records after a push, each in the same transaction as its check: a record still at
   * the version that was sent becomes 0 (synced) or 2 (refused, with the reason); one edited
   * meanwhile stays pending, so the edit goes out with the next push.
   */
  async settle(sent: readonly { id: string; version: string; refused?: string }[]): Promise<void> {
    if (sent.length === 0) return;
    await writeTransaction(this.#db, ["records"], async (tx) => {
      for (const s of sent) {
        const now = await tx.objectStore("records").get(s.id);
        if (!now || now.version !== s.version || now.dirty !== 1) continue;
        const { refused: _old, ...rest } = now;
        await tx
          .objectStore("records")
          .put(
            s.refused === undefined
              ? { ...rest, dirty: 0 }
              : { ...rest, dirty: 2, refused: s.refused },
          );
      }
    });
  }

  /** Records the server refused, with the reason. */
  refusedRecords(): Promise<LocalRecord[]> {
    return this.#db.getAllFromIndex("records", "byDirty", 2);
  }

  /** Marks every record pending again, so the next push sends them all (a new account). */
  async markAllPending(): Promise<void> {
    await writeTransaction(this.#db, ["records"], async (tx) => {
      for await (const cursor of tx.objectStore("records")) {
        if (cursor.value.dirty !== 1) await cursor.update({ ...cursor.value, dirty: 1 });
      }
    });
  }

  /** Small device values kept beside the records (player state, settings cache, cursors). */
  getMeta<T>(key: string): Promise<T | undefined> {
    return this.#db.get("meta", key) as Promise<T | undefined>;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.#db.put("meta", value, key);
  }

  async deleteMeta(key: string): Promise<void> {
    await this.#db.delete("meta", key);
  }

  /** Calls `fn` with the kinds that changed after every write; returns the unsubscribe. */
  subscribe(fn: (kinds: ReadonlySet<RecordKind>) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #emit(...kinds: RecordKind[]): void {
    const set = new Set(kinds);
    for (const fn of this.#listeners) fn(set);
  }
}
