import type { SyncRecord } from "../sync/record.ts";
import { checkRecord } from "../sync/validate-record.ts";
import { parseInstant } from "../time/session-day.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord } from "../validate/read.ts";
import { exportFormat, exportSchemaVersion, type NuraExport } from "./export-format.ts";
import { scanJson } from "./hostile-scan.ts";

/** Files larger than this (in characters) are refused before parsing. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
/** More records than this is not an export Nura wrote. */
export const MAX_IMPORT_RECORDS = 200_000;

// The same check the server runs on a sync push, so whatever an account holds exports and
// imports again whole. The original body is kept, so fields a newer app adds survive.
function readRecord(raw: unknown, at: string, nowMs: number): Checked<SyncRecord> {
  const checked = checkRecord(raw, { nowMs });
  if (checked.ok) return valid(checked.record);
  const { field, message } = checked.problem;
  return invalid(`${at}.${field}`, `${at}.${field} ${message}`);
}

/**
 * Reads an export file's text into records, or says exactly what is wrong with it. Every record
 * is checked as a sync push is (`nowMs` is this device's clock, to refuse stamps from the
 * future); one bad record refuses the whole file, because a tampered or truncated export
 * cannot be trusted in part. Never throws.
 */
export function parseExport(text: string, nowMs: number): Checked<NuraExport> {
  if (text.length > MAX_IMPORT_CHARS)
    return invalid("file", "the file is too large to be a Nura export");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid("file", "the file is not valid JSON; it may be cut short or changed");
  }
  const scanned = scanJson(data);
  if (!scanned.ok) return scanned;
  if (!isRecord(data) || data.format !== exportFormat)
    return invalid("format", `this is not a Nura export (format must be "${exportFormat}")`);
  const version = data.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
    return invalid(
      "schemaVersion",
      `schemaVersion must be a whole number; got ${describe(version)}`,
    );
  if (version > exportSchemaVersion)
    return invalid(
      "schemaVersion",
      `the file was made by a newer Nura (schema ${version}); this one reads schema ${exportSchemaVersion}. Update the app first.`,
    );
  if (parseInstant(data.exportedAt) === undefined)
    return invalid(
      "exportedAt",
      `exportedAt must be an ISO instant; got ${describe(data.exportedAt)}`,
    );
  if (!Array.isArray(data.records)) return invalid("records", "records must be a list");
  if (data.records.length > MAX_IMPORT_RECORDS)
    return invalid("records", `the file holds more than ${MAX_IMPORT_RECORDS} records`);
  const seen = new Set<string>();
  const records: SyncRecord[] = [];
  for (const [i, raw] of data.records.entries()) {
    const record = readRecord(raw, `records[${i}]`, nowMs);
    if (!record.ok) return record;
    if (seen.has(record.value.id))
      return invalid(`records[${i}].id`, `records[${i}].id appears twice in the file`);
    seen.add(record.value.id);
    records.push(record.value);
  }
  return valid({
    format: exportFormat,
    schemaVersion: exportSchemaVersion,
    exportedAt: data.exportedAt as string,
    records,
  });
}
