import { isTooFarAhead } from "../../core/sync/hlc.ts";
import { mergeRecord } from "../../core/sync/merge.ts";
import type { SyncRecord } from "../../core/sync/record.ts";

/** What to do with one page of pulled records, decided against what the device holds. */
export interface PullPlan {
  /** Pulled records that win over the device's copy (or that it lacks), to store as synced. */
  readonly write: readonly SyncRecord[];
  /** Pulled records stamped too far ahead of this device's clock, kept aside, not merged. */
  readonly held: readonly SyncRecord[];
  /** The newest stamp merged, for the device's clock to observe; null when none was. */
  readonly newest: string | null;
}

/**
 * Merges pulled records into the stored ones with the same rule as the server. A record whose
 * stamp is more than ten minutes ahead of this device's clock is neither merged nor observed:
 * it would win every later edit here and drag this clock ahead with it. It is held back until
 * the clocks agree (the caller offers it again on every pull). Pure, so the caller can run it
 * inside the one transaction that read `stored` and writes the result.
 */
export function planPull(
  stored: ReadonlyMap<string, SyncRecord | undefined>,
  incoming: readonly SyncRecord[],
  nowMs: number,
): PullPlan {
  const current = new Map(stored);
  const written = new Map<string, SyncRecord>();
  const held = new Map<string, SyncRecord>();
  let newest: string | null = null;
  for (const r of incoming) {
    if (isTooFarAhead(r.version, nowMs)) {
      held.set(r.id, mergeRecord(held.get(r.id), r).winner);
      continue;
    }
    if (newest === null || r.version > newest) newest = r.version;
    const { winner, changed } = mergeRecord(current.get(r.id), r);
    if (!changed) continue;
    current.set(r.id, winner);
    written.set(r.id, winner);
  }
  return { write: [...written.values()], held: [...held.values()], newest };
}
