import type { Translate } from "../i18n/translate.ts";
import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";

/** A count as a person hears it: words up to ten ("seven", "sieben"), digits above. */
export function numberWord(n: number, t: Translate): string {
  return t("number.word", { n });
}

/** What a step's count depends on. */
export interface Counted {
  readonly zone: ZoneId;
  readonly technique: TechniqueId;
  readonly sections: number;
  readonly reps?: number | undefined;
}

/**
 * How much of a movement a step asks for, with its nouns: "five passes along each of three
 * lines" for a tool (exact: its time follows from the count), "about 12 strokes along each of two
 * lines" or "about eight circles" with fingers, "" for movements done by time (tapping,
 * kneading). A one-handed tool on a midline zone works each half's lines: "… on each side".
 */
export function countPhrase(step: Counted, t: Translate): string {
  const technique = TECHNIQUES[step.technique];
  if (!technique.counted || step.reps === undefined) return "";
  // The counted techniques are the ones with a `cue.count.<id>` message (tapping and kneading
  // go by time); the test of the cues says every one of them.
  const counted = step.technique as Exclude<TechniqueId, "tap" | "kneading">;
  const reps = t(`cue.count.${counted}`, {
    reps: step.reps,
    word: numberWord(step.reps, t),
  });
  if (step.sections <= 1) return reps;
  const halves = ZONES[step.zone].sides === "center" && technique.oneSideAtATime;
  const lines = halves ? step.sections / 2 : step.sections;
  return t("cue.count.lines", {
    reps,
    lines,
    linesWord: numberWord(lines, t),
    halves: halves ? "yes" : "no",
  });
}
