import type { IDBPDatabase } from "idb";
import type { FaceAnchors } from "../../../core/camera/face-anchors.ts";
import { type LocalPhoto, type NuraDb, openLocalDb } from "../../local/local-db.ts";

let shared: Promise<IDBPDatabase<NuraDb>> | undefined;

function db(): Promise<IDBPDatabase<NuraDb>> {
  shared ??= openLocalDb().then(
    (d) => {
      // Another tab or "delete all" may need the database closed; reopen on next use.
      d.addEventListener("versionchange", () => {
        d.close();
        shared = undefined;
      });
      return d;
    },
    (err: unknown) => {
      shared = undefined; // a failed open is tried again on next use
      throw err;
    },
  );
  return shared;
}

/**
 * Progress photos live only in the device's `photos` store. Nothing here is synced, exported
 * with the records, or sent anywhere: no function in this module touches the network.
 */
export async function listPhotos(): Promise<LocalPhoto[]> {
  const all = await (await db()).getAll("photos");
  return all.sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));
}

/** Stores a photo. */
export async function savePhoto(photo: LocalPhoto): Promise<void> {
  await (await db()).put("photos", photo);
}

/** Deletes a photo's record and with it its bytes (the Blob is stored inside the record). */
export async function deletePhoto(id: string): Promise<void> {
  await (await db()).delete("photos", id);
}

/** Stores many photos in one transaction: all are kept or, on any failure, none. */
export async function savePhotos(photos: readonly LocalPhoto[]): Promise<void> {
  const tx = (await db()).transaction("photos", "readwrite");
  await Promise.all([...photos.map((p) => tx.store.put(p)), tx.done]);
}

/**
 * Stores the face found in a saved photo, if the photo is still there: a photo deleted while its
 * face was being looked for stays deleted.
 */
export async function setAnchors(id: string, anchors: FaceAnchors | null): Promise<void> {
  const tx = (await db()).transaction("photos", "readwrite");
  const photo = await tx.store.get(id);
  if (photo) await tx.store.put({ ...photo, anchors });
  await tx.done;
}
