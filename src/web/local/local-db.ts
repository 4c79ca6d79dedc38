import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { FaceAnchors } from "../../core/camera/face-anchors.ts";
import type { RecordKind, SyncRecord } from "../../core/sync/record.ts";

/** A record as the device keeps it: the synced fields plus whether the server has it yet. */
export interface LocalRecord<B = unknown> extends SyncRecord<B> {
  /**
   * 1 while the change waits to be pushed, 0 once the server has it, 2 when the server refused it
   * (kept here, not sent again until it is edited). Numbers, because booleans can't be indexed.
   */
  readonly dirty: 0 | 1 | 2;
  /** Why the server refused the record (dirty 2). */
  readonly refused?: string;
  /** Local time the record was last written here (ms), for ordering lists. */
  readonly updatedAt: number;
}

/** A progress photo: stays on this device, never synced. */
export interface LocalPhoto {
  readonly id: string;
  readonly takenAt: string;
  readonly localDate: string;
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly note?: string;
  /**
   * The face found in the photo on this device (eyes, nose, mouth corners, chin, in its pixels),
   * for lining photos up; null when the models found none. Absent on a photo not looked at yet
   * (saved before faces were found, or brought back from an archive): found when first compared.
   * A field of the record, not an index, so older records need no upgrade.
   */
  readonly anchors?: FaceAnchors | null;
}

/** The object stores of the device database. */
export interface NuraDb extends DBSchema {
  records: {
    key: string;
    value: LocalRecord;
    indexes: { byKind: RecordKind; byDirty: number };
  };
  photos: { key: string; value: LocalPhoto; indexes: { byDate: string } };
  /** Small device facts: device id, clock state, sync cursor, player state. */
  meta: { key: string; value: unknown };
}

/** Bumped with every change to the stores above; `upgrade` migrates from each older version. */
export const localDbVersion = 1;
export const localDbName = "nura";

/**
 * Opens the device database, creating or upgrading its stores. Upgrades are additive and run
 * in order, so a device that skipped versions still ends at the newest shape.
 */
export function openLocalDb(name = localDbName): Promise<IDBPDatabase<NuraDb>> {
  return openDB<NuraDb>(name, localDbVersion, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const records = db.createObjectStore("records", { keyPath: "id" });
        records.createIndex("byKind", "kind");
        records.createIndex("byDirty", "dirty");
        const photos = db.createObjectStore("photos", { keyPath: "id" });
        photos.createIndex("byDate", "localDate");
        db.createObjectStore("meta");
      }
    },
  });
}
