import { download } from "../your-data/data-io.ts";
import { listPhotos } from "./photo-store.ts";

/** The `format` tag of the photo archive. */
export const PHOTO_ARCHIVE_FORMAT = "nura-photos";

function base64(bytes: Uint8Array): string {
  let text = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(text);
}

/**
 * Downloads every photo as one JSON file, made in the browser:
 * `{ format: "nura-photos", schemaVersion: 1, exportedAt, photos: [{ id, takenAt, localDate,
 * width, height, note?, type, base64 }] }`. A plain JSON file rather than a zip, so it needs no
 * extra library and any tool can read it.
 */
export async function exportPhotoArchive(now = new Date()): Promise<void> {
  const photos = await listPhotos();
  const items = await Promise.all(
    photos.map(async (p) => ({
      id: p.id,
      takenAt: p.takenAt,
      localDate: p.localDate,
      width: p.width,
      height: p.height,
      ...(p.note ? { note: p.note } : {}),
      type: p.blob.type,
      base64: base64(new Uint8Array(await p.blob.arrayBuffer())),
    })),
  );
  const archive = {
    format: PHOTO_ARCHIVE_FORMAT,
    schemaVersion: 1,
    exportedAt: now.toISOString(),
    photos: items,
  };
  download(
    `nura-photos-${now.toISOString().slice(0, 10)}.json`,
    "application/json",
    JSON.stringify(archive),
  );
}
