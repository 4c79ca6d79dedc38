import type { FaceAnchors } from "../../../core/camera/face-anchors.ts";
import { detectors } from "../../camera/detector-loader.ts";
import type { Picture } from "../../camera/landmark-detector.ts";

/**
 * The face in a picture, found on this device by the face models (downloaded the first time,
 * with progress in `detectors.state("face")`): its anchors, or null when there is none. Throws
 * when the models cannot be made ready (offline before their first download).
 */
export async function findFace(picture: Picture): Promise<FaceAnchors | null> {
  const detector = await detectors.get("face");
  return (await detector.detect(picture)).face ?? null;
}
