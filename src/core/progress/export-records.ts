import { type RecordKind, recordKinds, type SyncRecord } from "../sync/record.ts";

const kindOrder = new Map<RecordKind, number>(recordKinds.map((k, i) => [k, i]));

/**
 * The records of an export: only the synced fields (device bookkeeping such as `dirty` stays
 * behind), ordered by kind then id, so the same data always gives the same file and two exports
 * can be compared as text.
 */
export function exportRecords(records: readonly SyncRecord[]): readonly SyncRecord[] {
  return records
    .map(({ id, kind, version, deleted, body }) => ({ id, kind, version, deleted, body }))
    .sort(
      (a, b) =>
        (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
