import type { RecordKind, SyncRecord } from "../../core/sync/record.ts";
import { observeIn, type RecordsEnv, type RecordsTx } from "./device-clock.ts";
import { planPull } from "./pull-merge.ts";

/** Pulled records held back because their stamp is too far ahead of this device's clock. */
const heldKey = "sync:held";

/** What merging a pulled page changed. */
export interface Merged {
  /** The kinds of the records written, for listeners. */
  readonly kinds: readonly RecordKind[];
  /** How many pulled records are held back now. */
  readonly held: number;
}

/**
 * Merges a pulled page, and the records held back before, inside the caller's transaction: each
 * is compared with the stored copy and the winner written in the same transaction, and the
 * clock observes the newest stamp merged. Records stamped too far ahead are kept in `meta`.
 */
export async function mergePulledIn(
  tx: RecordsTx,
  env: RecordsEnv,
  incoming: readonly SyncRecord[],
): Promise<Merged> {
  const now = env.now();
  const store = tx.objectStore("records");
  const meta = tx.objectStore("meta");
  const before = ((await meta.get(heldKey)) as SyncRecord[] | undefined) ?? [];
  const offered = [...before, ...incoming];
  const stored = new Map<string, SyncRecord | undefined>();
  for (const r of offered) stored.set(r.id, await store.get(r.id));
  const plan = planPull(stored, offered, now);
  for (const w of plan.write) await store.put({ ...w, dirty: 0, updatedAt: now });
  if (plan.held.length > 0) await meta.put(plan.held, heldKey);
  else if (before.length > 0) await meta.delete(heldKey);
  if (plan.newest !== null) await observeIn(tx, env, plan.newest);
  return { kinds: plan.write.map((r) => r.kind), held: plan.held.length };
}

/** Forgets the records held back, inside the caller's transaction (the device left the account). */
export async function forgetHeldIn(tx: RecordsTx): Promise<void> {
  await tx.objectStore("meta").delete(heldKey);
}
