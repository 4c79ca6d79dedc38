import type { CaptureHintCode } from "../../../core/camera/capture-hint.ts";

/**
 * A capture hint in words, as the person sees the mirrored preview: "left" is the left of the
 * screen, which in a mirror is their own left too.
 */
export const HINT_WORDS: Readonly<Record<CaptureHintCode, string>> = {
  matched: "Lined up. Hold still and take the photo.",
  closer: "A little closer.",
  further: "A little further away.",
  "move-left": "Move a little to the left.",
  "move-right": "Move a little to the right.",
  "move-up": "Move a little higher.",
  "move-down": "Move a little lower.",
  "tilt-left": "Tilt your head a little to the left.",
  "tilt-right": "Tilt your head a little to the right.",
};
