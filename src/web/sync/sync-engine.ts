import { mergeRecord } from "../../core/sync/merge.ts";
import type { SyncRecord } from "../../core/sync/record.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { Records } from "../local/records.ts";
import type { SyncApi } from "./sync-api.ts";

/** The most records sent in one push (the server's limit) and pulled in one page. */
export const pushBatch = 500;
export const pullPage = 500;

const cursorKey = "sync:cursor";

/** How one sync run ended. */
export type SyncOutcome =
  | { readonly ok: true; readonly pushed: number; readonly pulled: number }
  | {
      readonly ok: false;
      readonly offline: boolean;
      readonly signedOut: boolean;
      readonly message: string;
    };

function toWire(r: LocalRecord): SyncRecord {
  return { id: r.id, kind: r.kind, version: r.version, deleted: r.deleted, body: r.body };
}

/**
 * Pushes this device's pending changes, then pulls everything it has not seen, merging with the
 * same pure rule the server uses. Safe to run at any time; runs never overlap.
 */
export class SyncEngine {
  readonly #records: Records;
  readonly #api: SyncApi;
  readonly #now: () => number;
  #running: Promise<SyncOutcome> | undefined;

  constructor(records: Records, api: SyncApi, now: () => number = Date.now) {
    this.#records = records;
    this.#api = api;
    this.#now = now;
  }

  /** Runs one push-then-pull, or joins the run already under way. */
  run(): Promise<SyncOutcome> {
    this.#running ??= this.#runOnce().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Forgets the pull position, so the next run pulls the account's records from the start. */
  async resetCursor(): Promise<void> {
    await this.#records.deleteMeta(cursorKey);
  }

  async #runOnce(): Promise<SyncOutcome> {
    const pushed = await this.#push();
    if (typeof pushed !== "number") return pushed;
    const pulled = await this.#pull();
    if (typeof pulled !== "number") return pulled;
    return { ok: true, pushed, pulled };
  }

  async #push(): Promise<number | SyncOutcome> {
    const deviceId = await this.#records.deviceId();
    const pending = await this.#records.pending();
    for (let i = 0; i < pending.length; i += pushBatch) {
      const batch = pending.slice(i, i + pushBatch);
      const res = await this.#api.push(deviceId, batch.map(toWire));
      if (res.ok) {
        await this.#records.settle(batch);
      } else if (res.status === 400 || res.status === 409) {
        // The server takes a push whole or not at all: find the records it refuses one by one,
        // keep them on the device with the reason, and let every other change through.
        const alone = await this.#pushEach(deviceId, batch);
        if (alone) return alone;
      } else {
        return failure(res);
      }
    }
    return pending.length;
  }

  async #pushEach(deviceId: string, batch: readonly LocalRecord[]): Promise<SyncOutcome | null> {
    for (const r of batch) {
      const res = await this.#api.push(deviceId, [toWire(r)]);
      if (res.ok) await this.#records.settle([r]);
      else if (res.status === 400 || res.status === 409) {
        await this.#records.settle([{ id: r.id, version: r.version, refused: res.message }]);
      } else return failure(res);
    }
    return null;
  }

  async #pull(): Promise<number | SyncOutcome> {
    let after = (await this.#records.getMeta<number>(cursorKey)) ?? 0;
    let pulled = 0;
    for (;;) {
      const res = await this.#api.pull(after, pullPage);
      if (!res.ok) return failure(res);
      const { records, cursor, more } = res.data;
      await this.#apply(records);
      pulled += records.length;
      after = cursor;
      await this.#records.setMeta(cursorKey, cursor);
      if (!more) return pulled;
    }
  }

  async #apply(incoming: readonly SyncRecord[]): Promise<void> {
    const winners: LocalRecord[] = [];
    for (const r of incoming) {
      await this.#records.observe(r.version);
      const local = await this.#records.get(r.id);
      const { winner, changed } = mergeRecord<unknown>(local, r);
      // A local change that loses to a newer remote one is superseded; one that wins stays
      // pending and goes out with the next push.
      if (changed) winners.push({ ...winner, dirty: 0, updatedAt: this.#now() });
    }
    await this.#records.putRaw(winners);
  }
}

function failure(res: { status: number; code: string; message: string }): SyncOutcome {
  return {
    ok: false,
    offline: res.status === 0,
    signedOut: res.status === 401,
    message: res.message,
  };
}
