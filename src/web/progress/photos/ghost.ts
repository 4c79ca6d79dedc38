import { type CaptureHintCode, captureHint } from "../../../core/camera/capture-hint.ts";
import { type FaceAnchors, mapAnchors } from "../../../core/camera/face-anchors.ts";
import { coverTransform, type Size } from "../../../core/camera/photo-alignment.ts";
import { applySimilarity, type Similarity } from "../../../core/camera/similarity.ts";
import type { LocalPhoto } from "../../local/local-db.ts";

/**
 * Where the first photo of the series lies over the live camera: scaled to cover the camera's
 * picture and centred, so its face shows where the person's face should be (the same size and
 * place as in that first photo).
 */
export function ghostTransform(first: Size, camera: Size): Similarity {
  return coverTransform(first, camera);
}

const mirror = (a: FaceAnchors, width: number) =>
  mapAnchors(a, (p) => ({ x: width - p.x, y: p.y }));

/**
 * What the person should change so their live face matches the first photo's, judged in the
 * mirrored preview they see: the first photo's face carried into the camera's picture by
 * {@link ghostTransform}, against the face found in the live frame.
 */
export function liveHint(
  first: Pick<LocalPhoto, "width" | "height" | "anchors">,
  live: FaceAnchors,
  camera: Size,
): CaptureHintCode | undefined {
  if (!first.anchors) return undefined;
  const t = ghostTransform(first, camera);
  const target = mapAnchors(first.anchors, (p) => applySimilarity(t, p));
  return captureHint(mirror(target, camera.width), mirror(live, camera.width), camera);
}

/** Draws `picture` through `t` into a canvas, faintly or fully (for the ghost and for compare). */
export function drawThrough(
  canvas: HTMLCanvasElement,
  picture: CanvasImageSource,
  t: Similarity,
  alpha = 1,
): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const c = Math.cos(t.angle) * t.scale;
  const s = Math.sin(t.angle) * t.scale;
  ctx.globalAlpha = alpha;
  ctx.setTransform(c, s, -s, c, t.tx, t.ty);
  ctx.drawImage(picture, 0, 0);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
}

/** A transform as a data attribute, rounded, for tests and for reading in the inspector. */
export const transformText = (t: Similarity) =>
  [
    t.scale.toFixed(4),
    ((t.angle * 180) / Math.PI).toFixed(2),
    t.tx.toFixed(1),
    t.ty.toFixed(1),
  ].join(" ");
