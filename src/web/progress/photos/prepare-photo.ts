/** A picture ready to check and save: normalised to JPEG, at most {@link MAX_SIDE} px a side. */
export interface PreparedPhoto {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** The picture as saved, for finding the face and checking light and focus. */
  readonly canvas: HTMLCanvasElement;
}

/** Big enough to compare skin, small enough that two years of photos stay modest. */
export const MAX_SIDE = 1280;

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
 * Draws a camera frame or a picked image onto a canvas at most {@link MAX_SIDE} pixels a side
 * and encodes it. A camera frame is saved as the camera sees it, not mirrored as the preview
 * shows it. Everything happens in this page.
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
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("this browser cannot read pictures");
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return { blob: await toBlob(canvas), width: canvas.width, height: canvas.height, canvas };
}

/** Prepares a picked image file. */
export async function prepareFile(file: Blob): Promise<PreparedPhoto> {
  const bitmap = await createImageBitmap(file);
  try {
    return await preparePhoto(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
