import type { IDBPDatabase } from "idb";
import {
  formatHlc,
  type HlcState,
  initialHlc,
  observeHlc,
  parseHlc,
  tickHlc,
} from "../../core/sync/hlc.ts";
import type { RecordKind } from "../../core/sync/record.ts";
import { uuidv7 } from "../../core/sync/uuid7.ts";
import type { LocalRecord, NuraDb } from "./local-db.ts";

/** What the records layer needs from the platform; tests pass fixed ones. */
export interface RecordsEnv {
  readonly now: () => number;
  readonly random: (n: number) => Uint8Array;
}

export const browserEnv: RecordsEnv = {
  now: () => Date.now(),
  random: (n) => crypto.getRandomValues(new Uint8Array(n)),
};

const clockKey = "hlc";
const deviceKey = "deviceId";

/**
 * The device's records: every write gets a fresh clock stamp and is marked for the next push.
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
  async deviceId(): Promise<string> {
    const existing = await this.#db.get("meta", deviceKey);
    if (typeof existing === "string") return existing;
    const bytes = this.#env.random(9);
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    await this.#db.put("meta", id, deviceKey);
    return id;
  }

  /** A new id for a record (UUIDv7). */
  newId(): string {
    return uuidv7(this.#env.now(), this.#env.random(10));
  }

  async #nextVersion(): Promise<string> {
    const device = await this.deviceId();
    const raw = await this.#db.get("meta", clockKey);
    const prev = (raw as HlcState | undefined) ?? initialHlc(device);
    const next = tickHlc({ ...prev, device }, this.#env.now());
    await this.#db.put("meta", next, clockKey);
    return formatHlc(next);
  }

  /** Moves the local clock past a stamp that arrived from the server. */
  async observe(version: string): Promise<void> {
    if (!parseHlc(version)) return;
    const device = await this.deviceId();
    const raw = await this.#db.get("meta", clockKey);
    const prev = (raw as HlcState | undefined) ?? initialHlc(device);
    await this.#db.put("meta", observeHlc(prev, version, this.#env.now()), clockKey);
  }

  /** Writes a record (new when `id` is omitted), stamps it and marks it for the next push. */
  async put<B>(kind: RecordKind, body: B, id?: string): Promise<LocalRecord<B>> {
    const record: LocalRecord<B> = {
      id: id ?? this.newId(),
      kind,
      version: await this.#nextVersion(),
      deleted: false,
      body,
      dirty: 1,
      updatedAt: this.#env.now(),
    };
    await this.#db.put("records", record);
    this.#emit(kind);
    return record;
  }

  /** Marks a record deleted (a tombstone, so the deletion syncs); its body is emptied. */
  async remove(id: string): Promise<void> {
    const existing = await this.#db.get("records", id);
    if (!existing || existing.deleted) return;
    await this.#db.put("records", {
      ...existing,
      version: await this.#nextVersion(),
      deleted: true,
      body: null,
      dirty: 1,
      updatedAt: this.#env.now(),
    });
    this.#emit(existing.kind);
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
   * Stores records exactly as given (sync pulls, imports); no new stamp. `quiet` skips telling
   * subscribers, for bookkeeping that changes no content (clearing the pending mark).
   */
  async putRaw(records: readonly LocalRecord[], options: { quiet?: boolean } = {}): Promise<void> {
    if (records.length === 0) return;
    const tx = this.#db.transaction("records", "readwrite");
    await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    if (!options.quiet) this.#emit(...records.map((r) => r.kind));
  }

  /**
   * Settles records after a push, each in the same transaction as its check: a record still at
   * the version that was sent becomes 0 (synced) or 2 (refused, with the reason); one edited
   * meanwhile stays pending, so the edit goes out with the next push.
   */
  async settle(sent: readonly { id: string; version: string; refused?: string }[]): Promise<void> {
    if (sent.length === 0) return;
    const tx = this.#db.transaction("records", "readwrite");
    for (const s of sent) {
      const now = await tx.store.get(s.id);
      if (!now || now.version !== s.version || now.dirty !== 1) continue;
      const { refused: _old, ...rest } = now;
      await tx.store.put(
        s.refused === undefined ? { ...rest, dirty: 0 } : { ...rest, dirty: 2, refused: s.refused },
      );
    }
    await tx.done;
  }

  /** Records the server refused, with the reason. */
  refusedRecords(): Promise<LocalRecord[]> {
    return this.#db.getAllFromIndex("records", "byDirty", 2);
  }

  /** Marks every record pending again, so the next push sends them all (a new account). */
  async markAllPending(): Promise<void> {
    const tx = this.#db.transaction("records", "readwrite");
    for await (const cursor of tx.store) {
      if (cursor.value.dirty !== 1) await cursor.update({ ...cursor.value, dirty: 1 });
    }
    await tx.done;
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
