import type { SyncRecord } from "./record.ts";

/**
 * A record as the wire carries it and the server stores it: exactly what
 * `JSON.stringify(wireRecord(r))` writes, and nothing else of the object
 * (a device's own bookkeeping fields stay behind). The id, kind and version of a checked record
 * need no escaping, so only the body is serialised, or taken as given when a check already did
 * (`bodyJson`).
 */
export function recordJson(r: SyncRecord, bodyJson: string = JSON.stringify(r.body)): string {
  return `{"id":${JSON.stringify(r.id)},"kind":${JSON.stringify(r.kind)},"version":${JSON.stringify(r.version)},"deleted":${r.deleted},"body":${bodyJson}}`;
}
