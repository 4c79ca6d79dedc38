import { wireRecord } from "../../core/sync/record.ts";
import type { LocalRecord } from "../local/local-db.ts";
import type { Records } from "../local/records.ts";
import type { ApiResult } from "./api-client.ts";
import type { SyncApi } from "./sync-api.ts";

/** The most records sent in one push (the server's limit) and pulled in one page. */
export const pushBatch = 500;
export const pullPage = 500;

const cursorKey = "sync:cursor";

/**
 * Why pending changes stayed on the device although the server was reached: the account is at
 * its limits, or this device's clock runs too far ahead of the server's. Both pass with time or
 * a change the person makes, so the changes stay pending (not refused) and go out once they can.
 */
export interface NotSent {
  readonly code: "quota-exceeded" | "clock-skew";
  /** The server's words (for a full account: what is used and what the limit is). */
  readonly message: string;
}

/** How one sync run ended. */
export type SyncOutcome =
  | {
      readonly ok: true;
      /** Pending records the server took or refused for good. */
      readonly pushed: number;
      readonly pulled: number;
      /** Pulled records held back: stamped more than ten minutes ahead of this device's clock. */
      readonly heldBack: number;
      readonly notSent: NotSent | null;
    }
  | {
      readonly ok: false;
      readonly offline: boolean;
      readonly signedOut: boolean;
      /** The server's code, which the app says in its own words. */
      readonly code: Failed["code"];
      readonly message: string;
    };

type Failed = Extract<ApiResult<unknown>, { ok: false }>;
type Pushed = { readonly pushed: number; readonly notSent: NotSent | null };

function notSentBy(res: Failed): NotSent | null {
  return res.code === "quota-exceeded" || res.code === "clock-skew"
    ? { code: res.code, message: res.message }
    : null;
}

/**
 * Pushes this device's pending changes, then pulls everything it has not seen, merging with the
 * same pure rule the server uses. Safe to run at any time; runs never overlap.
 */
export class SyncEngine {
  readonly #records: Records;
  readonly #api: SyncApi;
  #running: Promise<SyncOutcome> | undefined;

  constructor(records: Records, api: SyncApi) {
    this.#records = records;
    this.#api = api;
  }

  /** Runs one push-then-pull, or joins the run already under way. */
  run(): Promise<SyncOutcome> {
    this.#running ??= this.#runOnce().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Forgets the pull position (and what it held back), so the next run pulls from the start. */
  async resetCursor(): Promise<void> {
    await this.#records.deleteMeta(cursorKey);
    await this.#records.forgetHeld();
  }

  async #runOnce(): Promise<SyncOutcome> {
    const push = await this.#push();
    if ("ok" in push) return push;
    // A full account or a clock ahead stops this device's changes, not the others': pull anyway.
    const pulled = await this.#pull();
    if ("ok" in pulled) return pulled;
    return { ok: true, pushed: push.pushed, ...pulled, notSent: push.notSent };
  }

  async #push(): Promise<Pushed | SyncOutcome> {
    const deviceId = await this.#records.deviceId();
    const pending = await this.#records.pending();
    let pushed = 0;
    let notSent: NotSent | null = null;
    for (let i = 0; i < pending.length; i += pushBatch) {
      const batch = pending.slice(i, i + pushBatch);
      const res = await this.#api.push(deviceId, batch.map(wireRecord));
      if (res.ok) {
        await this.#records.settle(batch);
        pushed += batch.length;
      } else if (res.code === "quota-exceeded") {
        return { pushed, notSent: notSentBy(res) };
      } else if (res.status === 400 || res.status === 409) {
        // The server takes a push whole or not at all: find the records it refuses one by one,
        // keep them on the device with the reason, and let every other change through.
        const alone = await this.#pushEach(deviceId, batch);
        if ("ok" in alone) return alone;
        pushed += alone.pushed;
        notSent ??= alone.notSent;
        if (alone.notSent?.code === "quota-exceeded") return { pushed, notSent: alone.notSent };
      } else {
        return failure(res);
      }
    }
    return { pushed, notSent };
  }

  async #pushEach(deviceId: string, batch: readonly LocalRecord[]): Promise<Pushed | SyncOutcome> {
    let pushed = 0;
    let notSent: NotSent | null = null;
    for (const r of batch) {
      const res = await this.#api.push(deviceId, [wireRecord(r)]);
      if (res.ok) {
        await this.#records.settle([r]);
        pushed++;
        continue;
      }
      const kept = notSentBy(res);
      if (kept?.code === "quota-exceeded") return { pushed, notSent: kept };
      if (kept) {
        notSent ??= kept; // stays pending: sent again once the clocks agree
      } else if (res.status === 400 || res.status === 409) {
        await this.#records.settle([{ id: r.id, version: r.version, refused: res.message }]);
        pushed++;
      } else return failure(res);
    }
    return { pushed, notSent };
  }

  async #pull(): Promise<{ pulled: number; heldBack: number } | SyncOutcome> {
    let after = (await this.#records.getMeta<number>(cursorKey)) ?? 0;
    let pulled = 0;
    for (;;) {
      const res = await this.#api.pull(after, pullPage);
      if (!res.ok) return failure(res);
      const { records, cursor, more } = res.data;
      // Compared and written record by record in one transaction with the device's own writes.
      const heldBack = await this.#records.mergePulled(records);
      pulled += records.length;
      after = cursor;
      await this.#records.setMeta(cursorKey, cursor);
      if (!more) return { pulled, heldBack };
    }
  }
}

function failure(res: Failed): SyncOutcome {
  return {
    ok: false,
    offline: res.status === 0,
    signedOut: res.status === 401,
    code: res.code,
    message: res.message,
  };
}
