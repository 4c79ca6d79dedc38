import type { Translate } from "../i18n/translate.ts";
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

/** True for a character JavaScript's `\s` matches (spaces, line ends, no-break and wide spaces). */
function isBlank(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Words in a cue, as the speaking-time budget counts them: runs of non-blank characters. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isBlank(text.charCodeAt(i));
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

/** Texts already built for one translator, by key. */
type VariantCache = Map<number, readonly Variant[]>;

interface Caches {
  readonly openings: VariantCache;
  readonly halfways: VariantCache;
  /** The warnings before a step's end: after a left half, before the last step, otherwise. */
  readonly endings: {
    readonly left: readonly Variant[];
    readonly last: readonly Variant[];
    readonly other: readonly Variant[];
  };
}

/**
 * Opening and halfway texts, longest first, per translator (so per language). Built on first use
 * and kept: the planner asks for the same few again and again, and there are at most 14 zones ×
 * 4 sides × 9 techniques × 3 pressures × a handful of line counts × the repetition counts that
 * fit in 90 s.
 */
const caches = new WeakMap<Translate, Caches>();

function cacheFor(t: Translate): Caches {
  let found = caches.get(t);
  if (found === undefined) {
    const five = variant(t("cue.end.five"));
    found = {
      openings: new Map(),
      halfways: new Map(),
      endings: {
        left: [variant(t("cue.end.left")), five],
        last: [variant(t("cue.end.last")), five],
        other: [variant(t("cue.end.other")), five],
      },
    };
    caches.set(t, found);
  }
  return found;
}

function openingVariants(step: CueContext, t: Translate): readonly Variant[] {
  const { openings } = cacheFor(t);
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
  const label = stepLabel(step.zone, step.side, t);
  const count = countPhrase(step, t);
  const action = actionWords(step.zone, step.technique, t);
  const press = pressureWords(step.zone, step.technique, step.pressure, t);
  // Shorter steps drop the count before the movement: the screen shows the count anyway.
  const built = [
    ...(count === ""
      ? []
      : [
          variant(t("cue.opening.full", { label, action, count, press })),
          variant(t("cue.opening.count", { label, action, count })),
        ]),
    variant(t("cue.opening.press", { label, action, press })),
    variant(t("cue.opening.action", { label, action })),
    variant(t("cue.opening.label", { label })),
  ];
  openings.set(key, built);
  return built;
}

function halfwayVariants(
  zone: ZoneId,
  technique: TechniqueId,
  pressure: Pressure,
  t: Translate,
): readonly Variant[] {
  const { halfways } = cacheFor(t);
  const key = (ZONE_IDS.indexOf(zone) * 9 + TECHNIQUE_IDS.indexOf(technique)) * 3 + pressure;
  let found = halfways.get(key);
  if (found === undefined) {
    const tip = halfwayWords(zone, technique, pressure, t);
    found = [variant(t("cue.halfway.tip", { tip })), variant(t("cue.halfway.plain"))];
    halfways.set(key, found);
  }
  return found;
}

/** The warning five seconds before a step ends, longest first. */
function endingVariants(step: CueContext, t: Translate): readonly Variant[] {
  const { endings } = cacheFor(t);
  if (step.side === "left") return endings.left;
  return step.last ? endings.last : endings.other;
}

/**
 * The cues of one step: what to do at 0 (where, the movement in the zone's direction, how much of
 * it and how hard, as much as there is time to say; a right half starts as a "switch-side" cue naming the right side), a tip at
 * the halfway mark, and a warning five seconds before the end that says what comes next when it
 * is the other side. Each text is the longest variant that can be spoken before the next cue,
 * counted in the words of `t`'s language; steps are at least 15 s, so every cue has at least 3 s.
 */
export function buildCues(step: CueContext, t: Translate): readonly Cue[] {
  const halfway = Math.floor(step.seconds / 2);
  const lastFive = step.seconds - 5;
  const tips = halfwayVariants(step.zone, step.technique, step.pressure, t);
  return [
    {
      at: seconds(0),
      kind: step.side === "right" ? "switch-side" : "start",
      text: fit(openingVariants(step, t), halfway),
    },
    { at: seconds(halfway), kind: "halfway", text: fit(tips, lastFive - halfway) },
    { at: seconds(lastFive), kind: "last-five", text: fit(endingVariants(step, t), 5) },
  ];
}
