import type { FaceAnchors } from "../../../core/camera/face-anchors.ts";
import { checkPhoto, type PhotoIssue } from "../../../core/camera/photo-check.ts";
import { checkLighting } from "../../../core/progress/lighting.ts";

/** What a person is told about a photo before saving it; never a refusal. */
export interface PhotoReview {
  /** One sentence each, what to change for a better photo; empty when it looks fine. */
  readonly advice: readonly string[];
  /** True when the face models did not run, so only the light was judged. */
  readonly lightOnly: boolean;
}

/** Each issue in words: what to change, never what is wrong with the person. */
export const ISSUE_WORDS: Readonly<Record<PhotoIssue, string>> = {
  "no-face": "No face found: look straight at the camera with your whole face in the picture.",
  "too-dark": "Too dark: face a window or a lamp, so the light falls on your face from the front.",
  "one-side-lit": "One side of your face is in shadow: turn to face the light straight on.",
  blurred: "The photo looks blurred: hold still, or wipe the lens, and take it again.",
  "face-small": "Your face is small in the picture: come a little closer.",
  turned: "Your face is turned to one side: look straight into the camera.",
  tilted: "Your head is tilted: hold it level.",
};

/**
 * Reviews a photo from its pixels and the face found in it (core's photo check: light, shadow,
 * focus, size, turn, tilt). Without the face models (`anchors` undefined: not downloaded, or
 * offline) only the light of the whole picture is judged.
 */
export function reviewPhoto(
  canvas: HTMLCanvasElement,
  anchors: FaceAnchors | null | undefined,
): PhotoReview {
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) return { advice: [], lightOnly: true };
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  if (anchors === undefined) {
    const light = checkLighting(pixels);
    return { advice: light.hint ? [light.hint] : [], lightOnly: true };
  }
  const check = checkPhoto(pixels, anchors ?? undefined);
  return { advice: check.issues.map((i) => ISSUE_WORDS[i]), lightOnly: false };
}
