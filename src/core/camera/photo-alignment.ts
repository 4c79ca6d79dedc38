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
