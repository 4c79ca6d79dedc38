import { appendOnlyKinds, type SyncRecord } from "./record.ts";

/** The outcome of merging one incoming record into what is already stored. */
export interface MergeResult<B = unknown> {
  /** The record to keep. */
  readonly winner: SyncRecord<B>;
  /** True when the winner differs from what was stored (so it must be written and announced). */
  readonly changed: boolean;
}

/**
 * Whether `a` beats `b` for the same id. Both rules are a total order on (deleted, version), so
 * merging is commutative, associative and idempotent: every replica that has seen the same set of
 * writes holds the same winner, whatever the order they arrived in.
 *
 * - Append-only kinds (session, check-in) are facts recorded once, by one device, so two devices
 *   never write the same one concurrently; the person may still correct one from their history,
 *   so a later stamp wins like a document. A tombstone beats any live copy whatever its stamp,
 *   so a deleted session is never revived by an older device replaying it.
 * - Documents (profile, routine, settings) are last writer wins on the stamp; a tombstone is
 *   simply a later write. Stamps end with the device id, so two devices never issue equal ones.
 */
function beats(a: SyncRecord, b: SyncRecord): boolean {
  if (appendOnlyKinds.has(a.kind) && a.deleted !== b.deleted) return a.deleted;
  return a.version > b.version;
}

/**
 * Merges an incoming record into the stored one (undefined when there is none). An equal stamp
 * is the same write seen twice: nothing changes. A record whose kind differs from the stored
 * one's is not the same record at all and never replaces it; callers should refuse it.
 */
export function mergeRecord<B>(
  existing: SyncRecord<B> | undefined,
  incoming: SyncRecord<B>,
): MergeResult<B> {
  if (!existing) return { winner: incoming, changed: true };
  if (existing.kind !== incoming.kind || existing.version === incoming.version) {
    return { winner: existing, changed: false };
  }
  return beats(incoming, existing)
    ? { winner: incoming, changed: true }
    : { winner: existing, changed: false };
}

/** Folds many writes of possibly repeated ids into one winner per id, in first-seen id order. */
export function mergeAll<B>(records: readonly SyncRecord<B>[]): SyncRecord<B>[] {
  const byId = new Map<string, SyncRecord<B>>();
  for (const r of records) byId.set(r.id, mergeRecord(byId.get(r.id), r).winner);
  return [...byId.values()];
}
