import type { SyncRecord } from "../sync/record.ts";

/** The marker every Nura export carries, so an import can recognise one. */
export const exportFormat = "nura-export";
/** Bumped when the shape below changes incompatibly. */
export const exportSchemaVersion = 1;

/**
 * Everything a person owns, as one JSON document: the server's `GET /api/export` and the app's
 * own export write this same shape. Records are listed flat (tombstones included, so an import
 * carries deletions too); progress photos are never part of it.
 */
export interface NuraExport {
  readonly format: typeof exportFormat;
  readonly schemaVersion: typeof exportSchemaVersion;
  /** ISO instant the export was made. */
  readonly exportedAt: string;
  readonly records: readonly SyncRecord[];
}

/** Builds an export document from records. */
export function buildExport(records: readonly SyncRecord[], exportedAt: Date): NuraExport {
  return {
    format: exportFormat,
    schemaVersion: exportSchemaVersion,
    exportedAt: exportedAt.toISOString(),
    records,
  };
}
