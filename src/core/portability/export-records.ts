import { type SyncRecord, wireRecord } from "../sync/record.ts";

/**
 * The records of an export: only the synced fields (device bookkeeping such as `dirty` stays
 * behind), ordered by id, so the same data always gives the same file and two exports can be
 * compared as text. The server's export lists an account in the same order, read through its
 * primary key, so the same records export to the same text from either.
 */
export function exportRecords(records: readonly SyncRecord[]): readonly SyncRecord[] {
  return records.map(wireRecord).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
