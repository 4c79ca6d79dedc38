/**
 * The kinds of record a person owns. Sessions and check-ins are append-only facts; profile,
 * routine and settings are documents that change, resolved by last writer wins.
 */
export const recordKinds = ["profile", "routine", "settings", "session", "checkin"] as const;
export type RecordKind = (typeof recordKinds)[number];

/** Kinds that are never edited after they are written, so they can never conflict. */
export const appendOnlyKinds: ReadonlySet<RecordKind> = new Set(["session", "checkin"]);

/**
 * One synced record: the unit of storage on the device and on the server.
 * `version` is a hybrid logical clock stamp (see hlc.ts); its string order is its time order.
 */
export interface SyncRecord<B = unknown> {
  readonly id: string;
  readonly kind: RecordKind;
  readonly version: string;
  readonly deleted: boolean;
  readonly body: B;
}

/**
 * The wire fields of a record, and nothing else of the object: what the API carries, the server
 * stores and an export lists. A device's own bookkeeping (`dirty`, `updatedAt`) and a stored
 * row's `seq` stay behind. {@link recordJson} writes the same fields as text.
 */
export function wireRecord<B>(r: SyncRecord<B>): SyncRecord<B> {
  return { id: r.id, kind: r.kind, version: r.version, deleted: r.deleted, body: r.body };
}

/** True when `value` is one of the known record kinds. */
export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === "string" && (recordKinds as readonly string[]).includes(value);
}
