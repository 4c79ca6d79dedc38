import type { FaceAnchors } from "../../../core/camera/face-anchors.ts";
import { checkPhoto, type PhotoIssue } from "../../../core/camera/photo-check.ts";
import { checkLighting, lightingHint } from "../../../core/progress/lighting.ts";
import { t } from "../../i18n/language.ts";

/** What a person is told about a photo before saving it; never a refusal. */
export interface PhotoReview {
  /** One sentence each, what to change for a better photo; empty when it looks fine. */
  readonly advice: readonly string[];
  /** True when the face models did not run, so only the light was judged. */
  readonly lightOnly: boolean;
}

/**
 * An issue in words: what to change, never what is wrong with the person. A dark picture is
 * said in core's lighting words, the same whether or not the face models ran.
 */
export function issueWords(issue: PhotoIssue): string {
  return issue === "too-dark" ? lightingHint("too-dark", t) : t(`progress.photos.issue.${issue}`);
}

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
    const hint = lightingHint(checkLighting(pixels).verdict, t);
    return { advice: hint ? [hint] : [], lightOnly: true };
  }
  const check = checkPhoto(pixels, anchors ?? undefined);
  return { advice: check.issues.map(issueWords), lightOnly: false };
}
