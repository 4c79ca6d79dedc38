import type { CoachMessage } from "../../../core/camera/stroke-coach.ts";
import type { TechniqueId } from "../../../core/model/techniques.ts";
import { t } from "../../i18n/language.ts";

/**
 * What the coach says, in plain words and the page's language: where the hands are and which
 * way to move, never how hard (a camera cannot see pressure) and never a scolding. "on-target"
 * praises; everything else guides.
 */
export function coachWords(m: CoachMessage): string {
  switch (m.code) {
    case "on-target":
      return t("camera.say.on-target", { direction: t(`coach.direction.${m.word}`) });
    case "go-direction":
      return t("camera.say.go-direction", {
        area: t(`zone.${m.zone}.area`),
        direction: t(`coach.direction.${m.word}`),
      });
    case "move-to":
      // ICU's choice keys cannot hold a hyphen: "further-out" is "out", "closer-in" the other.
      return t("camera.say.move-to", {
        toward: m.toward === "further-out" ? "out" : m.toward,
        area: t(`zone.${m.from}.area`),
      });
    case "other-side":
      return t("camera.say.other-side", { side: m.side });
    case "hold-still":
      return t("camera.say.hold-still");
    case "show-face":
      return t("camera.say.show-face");
    case "show-hands":
      return t("camera.say.show-hands");
  }
}

/** Whether a message praises or guides, for its look. */
export const coachTone = (m: CoachMessage): "good" | "guide" =>
  m.code === "on-target" ? "good" : "guide";

/** "3 strokes", "1 circle": how many the coach counted, in the technique's own noun; "" if none. */
export function countWords(technique: TechniqueId, n: number): string {
  // Tapping and kneading go by time, so they have no count (as `cue.count.<id>` in core).
  if (technique === "tap" || technique === "kneading") return "";
  return t(`coach.count.${technique}`, { n });
}

/** Why the coach stopped or could not see, each said once; the session goes on either way. */
export type CoachNotice = "no-camera" | "camera-refused" | "too-slow" | "no-face" | "models-failed";

/** Every {@link CoachNotice}. */
export const COACH_NOTICES: readonly CoachNotice[] = [
  "no-camera",
  "camera-refused",
  "too-slow",
  "no-face",
  "models-failed",
];

/** A notice in words. */
export const noticeWords = (notice: CoachNotice): string => t(`camera.notice.${notice}`);
