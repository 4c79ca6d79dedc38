import { alignTo, coverTransform, type Size } from "../../../core/camera/photo-alignment.ts";
import type { Similarity } from "../../../core/camera/similarity.ts";
import type { LocalPhoto } from "../../local/local-db.ts";

/** How the photos of a series line up: the frame they share and each one's transform into it. */
export interface SeriesAlignment {
  /** The photo every other one is lined up to: the first with a face found. */
  readonly reference: LocalPhoto | undefined;
  readonly frame: Size;
  transformOf(photo: LocalPhoto): { readonly t: Similarity; readonly aligned: boolean };
}

/**
 * Lines every photo up to the first of the series whose face was found, by the similarity that
 * maps its eyes, nose, mouth corners and chin onto that photo's (core's `alignTo`). A photo
 * with no face found, or before the faces are known, is scaled to cover the frame instead.
 */
export function alignSeries(photos: readonly LocalPhoto[]): SeriesAlignment {
  const reference = photos.find((p) => p.anchors);
  const base = reference ?? photos[0];
  const frame = { width: base?.width ?? 1, height: base?.height ?? 1 };
  return {
    reference,
    frame,
    transformOf(photo) {
      const t =
        reference?.anchors && photo.anchors ? alignTo(reference.anchors, photo.anchors) : undefined;
      return t ? { t, aligned: true } : { t: coverTransform(photo, frame), aligned: false };
    },
  };
}
