import { buildExport, type NuraExport } from "../../../core/portability/export-format.ts";
import { exportRecords } from "../../../core/portability/export-records.ts";
import { parseExport } from "../../../core/portability/import-parse.ts";
import { type ImportPlan, planImport } from "../../../core/portability/import-plan.ts";
import type { SyncRecord } from "../../../core/sync/record.ts";
import type { InputError } from "../../../core/validate/input-error.ts";
import { type LocalRecord, openLocalDb } from "../../local/local-db.ts";
import type { Records } from "../../local/records.ts";
import { forgetUnsavedSessions } from "../../player/unsaved-sessions.ts";

/** Every record on the device, deleted ones included (tombstones carry deletions). */
async function allRecords(): Promise<LocalRecord[]> {
  const db = await openLocalDb();
  try {
    return await db.getAll("records");
  } finally {
    db.close();
  }
}

/** The whole export, in the shape the server's GET /api/export writes too. */
export async function exportAll(now = new Date()): Promise<NuraExport> {
  return buildExport(exportRecords(await allRecords()), now);
}

/** The outcome of an import: a plan that was applied, or the reason nothing changed. */
export type ImportOutcome =
  | { readonly ok: true; readonly plan: ImportPlan }
  | { readonly ok: false; readonly error: InputError };

/**
 * Imports an export file's text. The file is checked whole before anything is written, and the
 * records are then written in one IndexedDB transaction, so a bad file or a failed write leaves
 * the device exactly as it was. Imported records are marked for the next push.
 */
export async function importText(records: Records, text: string): Promise<ImportOutcome> {
  const parsed = parseExport(text, Date.now());
  if (!parsed.ok) return parsed;
  const existing = new Map<string, SyncRecord>((await allRecords()).map((r) => [r.id, r]));
  const plan = planImport(parsed.value.records, existing);
  const now = Date.now();
  await records.putRaw(plan.write.map((r) => ({ ...r, dirty: 1, updatedAt: now })));
  // Stamps are strings ordered as text, so Math.max cannot compare them.
  let newest = "";
  for (const r of plan.write) if (r.version > newest) newest = r.version;
  if (newest) await records.observe(newest);
  return { ok: true, plan };
}

/**
 * Deletes every record, photo and device fact in one transaction, and the finished sessions
 * kept aside in localStorage while the database refused them.
 */
export async function deleteAllLocalData(): Promise<void> {
  forgetUnsavedSessions();
  const db = await openLocalDb();
  try {
    const tx = db.transaction(["records", "photos", "meta"], "readwrite");
    await Promise.all([
      tx.objectStore("records").clear(),
      tx.objectStore("photos").clear(),
      tx.objectStore("meta").clear(),
      tx.done,
    ]);
  } finally {
    db.close();
  }
}

/** Offers text as a file download; the bytes never leave the browser. */
export function download(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.dataset.native = "";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
