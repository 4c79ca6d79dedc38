import type { Pressure } from "../model/pressure.ts";
import { TECHNIQUE_IDS, type TechniqueId } from "../model/techniques.ts";
import { ZONE_IDS, type ZoneId } from "../model/zones.ts";
import { seconds } from "../time/seconds.ts";
import { countPhrase } from "./count-words.ts";
import { actionWords, halfwayWords, pressureWords } from "./cue-words.ts";
import type { Cue, Side } from "./plan-types.ts";
import { stepLabel } from "./step-label.ts";

/** A calm speaking pace; a cue must be spoken before the next one is due. */
export const SPEECH_WORDS_PER_SECOND = 2.5;

/** Words in a cue, as the speaking-time budget counts them: runs of non-blank characters. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = /\s/.test(text.charAt(i));
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return words;
}

/** Seconds it takes to speak `text` at {@link SPEECH_WORDS_PER_SECOND}. */
export function speakingSeconds(text: string): number {
  return wordCount(text) / SPEECH_WORDS_PER_SECOND;
}

/** A cue text with its word count, worked out once. */
interface Variant {
  readonly text: string;
  readonly words: number;
}

const variant = (text: string): Variant => ({ text, words: wordCount(text) });

/** The first variant that can be spoken within `budget` seconds (the last one otherwise). */
function fit(variants: readonly Variant[], budget: number): string {
  for (const v of variants) if (v.words <= budget * SPEECH_WORDS_PER_SECOND) return v.text;
  return variants[variants.length - 1]?.text ?? "";
}

const SIDES: readonly Side[] = ["both", "left", "right", "center"];

/** What a step needs to know to be cued. */
export interface CueContext {
  readonly zone: ZoneId;
  readonly side: Side;
  readonly technique: TechniqueId;
  readonly pressure: Pressure;
  /** Lines the step works, and repetitions along each (absent when done by time). */
  readonly sections: number;
  readonly reps?: number | undefined;
  readonly seconds: number;
  /** True for the last step of the session. */
  readonly last: boolean;
}

/**
 * Opening texts, longest first. Built on first use and kept: the planner asks for the same few
 * again and again, and there are at most 14 zones × 4 sides × 9 techniques × 3 pressures × a
 * handful of line counts × the repetition counts that fit in 90 s.
 */
const openings = new Map<number, readonly Variant[]>();

function openingVariants(step: CueContext): readonly Variant[] {
  const key =
    ((((ZONE_IDS.indexOf(step.zone) * 4 + SIDES.indexOf(step.side)) * 9 +
      TECHNIQUE_IDS.indexOf(step.technique)) *
      3 +
      step.pressure -
      1) *
      8 +
      step.sections) *
      128 +
    (step.reps ?? 0);
  const cached = openings.get(key);
  if (cached !== undefined) return cached;
  const label = stepLabel(step.zone, step.side);
  const count = countPhrase(step);
  const action = actionWords(step.zone, step.technique);
  const press = pressureWords(step.zone, step.technique, step.pressure);
  // Shorter steps drop the count before the movement: the screen shows the count anyway.
  const built = [
    ...(count === ""
      ? []
      : [
          variant(`${label}: ${action}, ${count}. ${press}`),
          variant(`${label}: ${action}, ${count}.`),
        ]),
    variant(`${label}: ${action}. ${press}`),
    variant(`${label}: ${action}.`),
    variant(`${label}.`),
  ];
  openings.set(key, built);
  return built;
}

const halfways = new Map<number, readonly Variant[]>();

function halfwayVariants(
  zone: ZoneId,
  technique: TechniqueId,
  pressure: Pressure,
): readonly Variant[] {
  const key = (ZONE_IDS.indexOf(zone) * 9 + TECHNIQUE_IDS.indexOf(technique)) * 3 + pressure;
  let found = halfways.get(key);
  if (found === undefined) {
    found = [variant(`Halfway. ${halfwayWords(zone, technique, pressure)}`), variant("Halfway.")];
    halfways.set(key, found);
  }
  return found;
}

const ENDINGS = {
  left: [variant("Five seconds, then the right side."), variant("Five seconds.")],
  last: [variant("Last five seconds, then rest."), variant("Five seconds.")],
  other: [variant("Last five seconds."), variant("Five seconds.")],
} as const;

/**
 * The cues of one step: what to do at 0 (where, the movement in the zone's direction, how much of
 * it and how hard, as much as there is time to say; a right half starts as a "switch-side" cue naming the right side), a tip at
 * the halfway mark, and a warning five seconds before the end that says what comes next when it
 * is the other side. Each text is the longest variant that can be spoken before the next cue;
 * steps are at least 15 s, so every cue has at least 3 s.
 */
export function buildCues(step: CueContext): readonly Cue[] {
  const halfway = Math.floor(step.seconds / 2);
  const lastFive = step.seconds - 5;
  const ending = step.side === "left" ? ENDINGS.left : step.last ? ENDINGS.last : ENDINGS.other;
  return [
    {
      at: seconds(0),
      kind: step.side === "right" ? "switch-side" : "start",
      text: fit(openingVariants(step), halfway),
    },
    {
      at: seconds(halfway),
      kind: "halfway",
      text: fit(halfwayVariants(step.zone, step.technique, step.pressure), lastFive - halfway),
    },
    { at: seconds(lastFive), kind: "last-five", text: fit(ending, 5) },
  ];
}
