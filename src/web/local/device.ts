import { openLocalDb } from "./local-db.ts";
import { Records } from "./records.ts";

let shared: Promise<Records> | undefined;

/** The app's one Records instance over the device database, opened on first use. */
export function localRecords(): Promise<Records> {
  shared ??= openLocalDb().then((db) => new Records(db));
  return shared;
}
