import { mergeRecord } from "../sync/merge.ts";
import type { RecordKind, SyncRecord } from "../sync/record.ts";

/** Why a record in a file was not written; its words are the message `import.skip.<reason>`. */
export type SkipReason = "already-here" | "newer-here" | "other-kind";

/** What an import will do: the records to write and a report of every record in the file. */
export interface ImportPlan {
  readonly write: readonly SyncRecord[];
  readonly imported: Readonly<Record<RecordKind, number>>;
  readonly skipped: readonly {
    readonly id: string;
    readonly kind: RecordKind;
    readonly reason: SkipReason;
  }[];
}

/**
 * Plans merging a checked file into what the device holds, by id and with the sync merge rule
 * (the later stamp wins; a deleted session or check-in stays deleted), so importing the same
 * file twice writes nothing the second time.
 */
export function planImport(
  incoming: readonly SyncRecord[],
  existing: ReadonlyMap<string, SyncRecord>,
): ImportPlan {
  const imported: Record<RecordKind, number> = {
    profile: 0,
    routine: 0,
    settings: 0,
    session: 0,
    checkin: 0,
  };
  const write: SyncRecord[] = [];
  const skipped: { id: string; kind: RecordKind; reason: SkipReason }[] = [];
  for (const record of incoming) {
    const here = existing.get(record.id);
    if (here && here.kind !== record.kind) {
      skipped.push({ id: record.id, kind: record.kind, reason: "other-kind" });
      continue;
    }
    const { changed } = mergeRecord(here, record);
    if (changed) {
      write.push(record);
      imported[record.kind] += 1;
    } else {
      const reason = here?.version === record.version ? "already-here" : "newer-here";
      skipped.push({ id: record.id, kind: record.kind, reason });
    }
  }
  return { write, imported, skipped };
}
