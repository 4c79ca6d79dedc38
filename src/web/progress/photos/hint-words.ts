import type { CaptureHintCode } from "../../../core/camera/capture-hint.ts";
import { t } from "../../i18n/language.ts";

/**
 * A capture hint in words, as the person sees the mirrored preview: "left" is the left of the
 * screen, which in a mirror is their own left too.
 */
export function hintWords(hint: CaptureHintCode): string {
  return t(`progress.photos.hint.${hint}`);
}
