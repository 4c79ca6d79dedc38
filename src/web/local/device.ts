import { openLocalDb } from "./local-db.ts";
import { Records } from "./records.ts";

let shared: Promise<Records> | undefined;

/**
 * The app's one Records instance over the device database, opened on first use. A failed open
 * is not kept: the next call (a "Try again") opens again.
 */
export function localRecords(): Promise<Records> {
  shared ??= openLocalDb().then(
    (db) => new Records(db),
    (err: unknown) => {
      shared = undefined;
      throw err;
    },
  );
  return shared;
}
