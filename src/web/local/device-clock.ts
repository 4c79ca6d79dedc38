import {
  formatHlc,
  type HlcState,
  initialHlc,
  isTooFarAhead,
  observeHlc,
  parseHlc,
  tickHlc,
} from "../../core/sync/hlc.ts";
import { uuidv7 } from "../../core/sync/uuid7.ts";
import type { WriteTx } from "./write-transaction.ts";

/** What the records layer needs from the platform; tests pass fixed ones. */
export interface RecordsEnv {
  readonly now: () => number;
  readonly random: (n: number) => Uint8Array;
}

export const browserEnv: RecordsEnv = {
  now: () => Date.now(),
  random: (n) => crypto.getRandomValues(new Uint8Array(n)),
};

/**
 * A new record id (UUIDv7), for a form that makes its record's id when it opens, before the
 * device database is at hand.
 */
export function newRecordId(env: RecordsEnv = browserEnv): string {
  return uuidv7(env.now(), env.random(10));
}

/** A transaction over the records and the device facts (id, clock) in `meta`. */
export type RecordsTx = WriteTx<("records" | "meta")[]>;

const clockKey = "hlc";
const deviceKey = "deviceId";

/** This device's id, made on first use and kept in `meta`, inside the caller's transaction. */
export async function deviceIdIn(tx: RecordsTx, env: RecordsEnv): Promise<string> {
  const meta = tx.objectStore("meta");
  const existing = await meta.get(deviceKey);
  if (typeof existing === "string") return existing;
  const id = Array.from(env.random(9), (b) => b.toString(16).padStart(2, "0")).join("");
  await meta.put(id, deviceKey);
  return id;
}

async function clockIn(tx: RecordsTx, env: RecordsEnv): Promise<HlcState> {
  const device = await deviceIdIn(tx, env);
  const raw = (await tx.objectStore("meta").get(clockKey)) as HlcState | undefined;
  return { ...(raw ?? initialHlc(device)), device };
}

/** The next stamp of this device's clock, written back inside the caller's transaction. */
export async function stampIn(tx: RecordsTx, env: RecordsEnv): Promise<string> {
  const next = tickHlc(await clockIn(tx, env), env.now());
  await tx.objectStore("meta").put(next, clockKey);
  return formatHlc(next);
}

/**
 * Moves the clock past a stamp from elsewhere, inside the caller's transaction; never past one
 * more than ten minutes ahead of this device's own clock, which would keep it ahead for good.
 */
export async function observeIn(tx: RecordsTx, env: RecordsEnv, version: string): Promise<void> {
  if (!parseHlc(version) || isTooFarAhead(version, env.now())) return;
  const next = observeHlc(await clockIn(tx, env), version, env.now());
  await tx.objectStore("meta").put(next, clockKey);
}
