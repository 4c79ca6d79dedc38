import {
  type ArchivedPhoto,
  PHOTO_ARCHIVE_FORMAT,
  PHOTO_ARCHIVE_VERSION,
  parsePhotoArchive,
} from "../../../core/portability/photo-archive.ts";
import { t } from "../../i18n/language.ts";
import type { LocalPhoto } from "../../local/local-db.ts";
import { download } from "../your-data/data-io.ts";
import { listPhotos, savePhotos } from "./photo-store.ts";

function toBase64(bytes: Uint8Array): string {
  let text = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Downloads every photo as one JSON file, made in the browser:
 * `{ format: "nura-photos", schemaVersion: 1, exportedAt, photos: [{ id, takenAt, localDate,
 * width, height, note?, type, base64 }] }`. A plain JSON file rather than a zip, so it needs no
 * extra library and any tool can read it.
 */
export async function exportPhotoArchive(now = new Date()): Promise<void> {
  const photos = await listPhotos();
  const items: ArchivedPhoto[] = await Promise.all(
    photos.map(async (p) => ({
      id: p.id,
      takenAt: p.takenAt,
      localDate: p.localDate,
      width: p.width,
      height: p.height,
      ...(p.note ? { note: p.note } : {}),
      type: p.blob.type as ArchivedPhoto["type"],
      base64: toBase64(new Uint8Array(await p.blob.arrayBuffer())),
    })),
  );
  const archive = {
    format: PHOTO_ARCHIVE_FORMAT,
    schemaVersion: PHOTO_ARCHIVE_VERSION,
    exportedAt: now.toISOString(),
    photos: items,
  };
  const day = now.toISOString().slice(0, 10);
  download(`nura-photos-${day}.json`, "application/json", JSON.stringify(archive));
}

/** What a photo import did, or why nothing changed. */
export type PhotoImport =
  | { readonly ok: true; readonly imported: number; readonly skipped: number }
  | { readonly ok: false; readonly message: string };

/**
 * Brings photos back from an archive. Every entry is checked and decoded as a picture first; then
 * the new ones (by id) are written in one transaction, so a bad archive changes nothing.
 */
export async function importPhotoArchive(text: string): Promise<PhotoImport> {
  const parsed = parsePhotoArchive(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const here = new Set((await listPhotos()).map((p) => p.id));
  const fresh: LocalPhoto[] = [];
  for (const [i, p] of parsed.value.entries()) {
    if (here.has(p.id)) continue;
    const blob = new Blob([fromBase64(p.base64)], { type: p.type });
    try {
      (await createImageBitmap(blob)).close();
    } catch {
      return { ok: false, message: t("progress.photos.unreadable", { number: i + 1 }) };
    }
    const { base64: _bytes, type: _type, ...meta } = p;
    fresh.push({ ...meta, blob });
  }
  await savePhotos(fresh);
  return { ok: true, imported: fresh.length, skipped: parsed.value.length - fresh.length };
}
