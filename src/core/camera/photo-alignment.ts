import { anchorList, type FaceAnchors } from "./face-anchors.ts";
import { fitSimilarity, type Similarity } from "./similarity.ts";

/**
 * The transform that lines a photo up with the first of its series: it maps the photo's eyes,
 * nose, mouth corners and chin onto the first photo's, so a slider or a side-by-side view
 * compares the same skin at the same size and angle. Drawing the photo through it (a canvas
 * `setTransform`) is enough; undefined when either face is degenerate.
 */
export function alignTo(first: FaceAnchors, photo: FaceAnchors): Similarity | undefined {
  return fitSimilarity(anchorList(photo), anchorList(first));
}

/** A picture's size in pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The transform that scales a picture to cover a frame and centres it, cropping what sticks out
 * (CSS `object-fit: cover`): how a first photo sits over a live camera of another shape, or a
 * photo without a face in a compare frame.
 */
export function coverTransform(picture: Size, frame: Size): Similarity {
  const scale = Math.max(frame.width / picture.width, frame.height / picture.height);
  return {
    scale,
    angle: 0,
    tx: (frame.width - picture.width * scale) / 2,
    ty: (frame.height - picture.height * scale) / 2,
  };
}
