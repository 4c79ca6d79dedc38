import { isRecordId } from "../progress/checkin-validate.ts";
import { parseLocalDate } from "../time/local-date.ts";
import { parseInstant } from "../time/session-day.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord } from "../validate/read.ts";
import { scanJson } from "./hostile-scan.ts";

/** The `format` tag of a photo archive: a JSON file of base64 pictures, never uploaded. */
export const PHOTO_ARCHIVE_FORMAT = "nura-photos";
/** The newest photo archive schema this code reads and writes. */
export const PHOTO_ARCHIVE_VERSION = 1;
/** Picture types an archive may hold. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
/** The largest picture accepted, as base64 characters (about 15 MB of bytes). */
export const MAX_PHOTO_BASE64 = 20_000_000;
const MAX_PHOTOS = 5_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One picture in an archive. */
export interface ArchivedPhoto {
  readonly id: string;
  readonly takenAt: string;
  readonly localDate: string;
  readonly width: number;
  readonly height: number;
  readonly note?: string;
  readonly type: (typeof PHOTO_TYPES)[number];
  readonly base64: string;
}

function side(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 20_000;
}

function readPhoto(raw: unknown, at: string): Checked<ArchivedPhoto> {
  if (!isRecord(raw)) return invalid(at, `${at} must be an object; got ${describe(raw)}`);
  if (!isRecordId(raw.id)) return invalid(`${at}.id`, `${at}.id must be a photo id`);
  if (parseInstant(raw.takenAt) === undefined)
    return invalid(`${at}.takenAt`, `${at}.takenAt must be an ISO instant`);
  if (parseLocalDate(raw.localDate) === undefined)
    return invalid(`${at}.localDate`, `${at}.localDate must be a yyyy-MM-dd date`);
  if (!side(raw.width) || !side(raw.height))
    return invalid(`${at}.width`, `${at}.width and height must be whole pixels`);
  if (raw.note !== undefined && (typeof raw.note !== "string" || raw.note.length > 2000))
    return invalid(`${at}.note`, `${at}.note must be text of at most 2000 characters`);
  if (!(PHOTO_TYPES as readonly unknown[]).includes(raw.type))
    return invalid(`${at}.type`, `${at}.type must be one of ${PHOTO_TYPES.join(", ")}`);
  const data = raw.base64;
  if (typeof data !== "string" || data.length === 0 || data.length % 4 !== 0 || !BASE64.test(data))
    return invalid(`${at}.base64`, `${at}.base64 must be base64 picture data`);
  if (data.length > MAX_PHOTO_BASE64) return invalid(`${at}.base64`, `${at} is too large`);
  return valid({
    id: raw.id,
    takenAt: raw.takenAt as string,
    localDate: raw.localDate as string,
    width: raw.width,
    height: raw.height,
    ...(typeof raw.note === "string" ? { note: raw.note } : {}),
    type: raw.type as ArchivedPhoto["type"],
    base64: data,
  });
}

/**
 * Reads a photo archive's text, checking every picture before any is kept: one bad entry refuses
 * the whole file. Whether the bytes really are a picture is checked when the browser decodes them.
 */
export function parsePhotoArchive(text: string): Checked<readonly ArchivedPhoto[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid("file", "the file is not valid JSON; it may be cut short or changed");
  }
  const scanned = scanJson(data, { maxDepth: 8, maxString: MAX_PHOTO_BASE64, maxNodes: 100_000 });
  if (!scanned.ok) return scanned;
  if (!isRecord(data) || data.format !== PHOTO_ARCHIVE_FORMAT)
    return invalid(
      "format",
      `this is not a Nura photo archive (format must be "${PHOTO_ARCHIVE_FORMAT}")`,
    );
  if (data.schemaVersion !== PHOTO_ARCHIVE_VERSION)
    return invalid(
      "schemaVersion",
      `this app reads photo archives of schema ${PHOTO_ARCHIVE_VERSION}; got ${describe(data.schemaVersion)}`,
    );
  if (!Array.isArray(data.photos) || data.photos.length > MAX_PHOTOS)
    return invalid("photos", `photos must be a list of at most ${MAX_PHOTOS}`);
  const photos: ArchivedPhoto[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of data.photos.entries()) {
    const photo = readPhoto(raw, `photos[${i}]`);
    if (!photo.ok) return photo;
    if (seen.has(photo.value.id))
      return invalid(`photos[${i}].id`, `photos[${i}].id appears twice`);
    seen.add(photo.value.id);
    photos.push(photo.value);
  }
  return valid(photos);
}
