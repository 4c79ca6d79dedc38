import type { CoachMessage, Toward } from "../../../core/camera/stroke-coach.ts";
import type { TechniqueId } from "../../../core/model/techniques.ts";
import type { ZoneId } from "../../../core/model/zones.ts";
import { t } from "../../i18n/language.ts";

const TOWARD: Readonly<Record<Toward, string>> = {
  higher: "A little higher",
  lower: "A little lower",
  "further-out": "A little further out",
  "closer-in": "A little closer in",
};

// The screen's sentence says "the" itself (an English sentence until the app's own words are
// translated), so the area goes in without it.
const zoneWord = (z: ZoneId) => t(`zone.${z}.area`).replace(/^the /, "");

/**
 * What the coach says, in plain words: where the hands are and which way to move, never how
 * hard (a camera cannot see pressure) and never a scolding. "on-target" praises; everything else
 * guides.
 */
export function coachWords(m: CoachMessage): string {
  switch (m.code) {
    case "on-target":
      return `Good: ${t(`coach.direction.${m.word}`)}.`;
    case "go-direction":
      return `On the ${zoneWord(m.zone)}, let each stroke go ${t(`coach.direction.${m.word}`)}.`;
    case "move-to":
      return `${TOWARD[m.toward]}: you are on the ${zoneWord(m.from)}.`;
    case "other-side":
      return `This step is on your ${m.side} side.`;
    case "hold-still":
      return "Stay on the spot and hold.";
    case "show-face":
      return "Move so the camera can see your whole face.";
    case "show-hands":
      return "Bring your fingers into the camera's view.";
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

/** Each notice in words. */
export const NOTICE_WORDS: Readonly<Record<CoachNotice, string>> = {
  "no-camera": "No camera is available, so the session goes on without camera coaching.",
  "camera-refused":
    "The camera was not allowed, so the session goes on without camera coaching. You can allow it in the browser's settings.",
  "too-slow":
    "This device reads the camera too slowly to coach, so camera coaching is off. The session goes on as usual.",
  "no-face":
    "The camera cannot find your face yet. Face it in good light; the session goes on meanwhile.",
  "models-failed": "Camera coaching could not be made ready, so the session goes on without it.",
};
