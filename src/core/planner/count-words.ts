import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

/** A count as a person hears it: words up to ten, digits above. */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
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
export function countPhrase(step: Counted): string {
  const t = TECHNIQUES[step.technique];
  if (t.count === undefined || step.reps === undefined) return "";
  const noun = step.reps === 1 ? t.count.one : t.count.many;
  const reps = `${t.tool === "fingers" ? "about " : ""}${numberWord(step.reps)} ${noun}`;
  if (step.sections <= 1) return reps;
  const halves = ZONES[step.zone].sides === "center" && t.oneSideAtATime;
  const lines = halves ? step.sections / 2 : step.sections;
  const each = `along each of ${numberWord(lines)} lines`;
  return `${reps} ${lines === 1 ? "along one line" : each}${halves ? " on each side" : ""}`;
}
