import type { SyncRecord } from "./record.ts";

// Text JSON writes as it is between quotes: a checked record's id (a UUID), kind and version
// stamp always are, and quoting them by hand is about twice as fast as JSON.stringify.
const plainText = /^[\w-]*$/;

function quoted(text: string): string {
  return plainText.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * A record as the wire carries it and the server stores it: exactly what
 * `JSON.stringify(wireRecord(r))` writes, and nothing else of the object
 * (a device's own bookkeeping fields stay behind). Only the body is serialised, or taken as
 * given when a check already did (`bodyJson`).
 */
export function recordJson(r: SyncRecord, bodyJson: string = JSON.stringify(r.body)): string {
  return `{"id":${quoted(r.id)},"kind":${quoted(r.kind)},"version":${quoted(r.version)},"deleted":${r.deleted},"body":${bodyJson}}`;
}
