import { checkLighting, type Lighting } from "../../../core/progress/lighting.ts";

/** A picture ready to save: normalised to JPEG, at most {@link MAX_SIDE} pixels on a side. */
export interface PreparedPhoto {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly lighting: Lighting;
}

/** Big enough to compare skin, small enough that two years of photos stay modest. */
export const MAX_SIDE = 1280;
const CHECK_SIDE = 160;

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error("the picture could not be encoded"))),
      "image/jpeg",
      0.9,
    ),
  );
}

/**
 * Draws a camera frame or a picked image onto a canvas, checks its lighting from a small copy of
 * its pixels, and encodes it. Everything happens in this page.
 */
export async function preparePhoto(
  source: CanvasImageSource,
  width: number,
  height: number,
): Promise<PreparedPhoto> {
  if (width === 0 || height === 0) throw new Error("the picture is empty");
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext("2d")?.drawImage(source, 0, 0, canvas.width, canvas.height);
  const small = document.createElement("canvas");
  const k = Math.min(1, CHECK_SIDE / Math.max(canvas.width, canvas.height));
  small.width = Math.max(1, Math.round(canvas.width * k));
  small.height = Math.max(1, Math.round(canvas.height * k));
  const ctx = small.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("this browser cannot read pictures");
  ctx.drawImage(canvas, 0, 0, small.width, small.height);
  const pixels = ctx.getImageData(0, 0, small.width, small.height);
  return {
    blob: await toBlob(canvas),
    width: canvas.width,
    height: canvas.height,
    lighting: checkLighting(pixels),
  };
}

/** Prepares a picked image file. */
export async function prepareFile(file: File): Promise<PreparedPhoto> {
  const bitmap = await createImageBitmap(file);
  try {
    return await preparePhoto(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
