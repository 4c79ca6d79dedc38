import type { IDBPDatabase, IDBPTransaction, StoreNames } from "idb";
import type { NuraDb } from "./local-db.ts";

/** A read-write transaction over some of the device database's stores. */
export type WriteTx<S extends StoreNames<NuraDb>[]> = IDBPTransaction<NuraDb, S, "readwrite">;

/**
 * Runs `work` in one read-write transaction and resolves once it committed: every read and write
 * inside sees the same state, and no other write can land in between (IndexedDB runs
 * transactions over the same stores one after another). `work` may await only requests of `tx`.
 * When `work` fails, the transaction is aborted, so nothing of it is kept.
 */
export async function writeTransaction<S extends StoreNames<NuraDb>[], T>(
  db: IDBPDatabase<NuraDb>,
  stores: S,
  work: (tx: WriteTx<S>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, "readwrite");
  // Observed at once: an aborted transaction rejects `done`, and that is reported by `work`'s
  // own error below, not as an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (err: unknown) => err ?? new DOMException("The transaction was aborted", "AbortError"),
  );
  let result: T;
  try {
    result = await work(tx);
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await done;
    throw err;
  }
  const failed = await done;
  if (failed !== null) throw failed;
  return result;
}
