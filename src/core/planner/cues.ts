import type { Pressure } from "../model/pressure.ts";
import { TECHNIQUE_IDS, TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONE_IDS, ZONES, type ZoneId } from "../model/zones.ts";
import { seconds } from "../time/seconds.ts";
import type { Cue, Side } from "./plan-types.ts";

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

const ACTION: Readonly<Record<TechniqueId, string>> = {
  strokes: "sweep",
  "small-circles": "small circles,",
  "stationary-circles": "slow circles in place,",
  pinch: "gentle pinches",
  tap: "light taps",
  "pressure-points": "press and hold points",
  kneading: "knead",
  roller: "roll",
  "gua-sha": "glide the stone flat",
};

const HALFWAY_TIP: Readonly<Record<TechniqueId, string>> = {
  strokes: "About one stroke a second.",
  "small-circles": "Small, slow circles.",
  "stationary-circles": "Move the skin, don't slide.",
  pinch: "Tiny pinches, no tugging.",
  tap: "Light and quick.",
  "pressure-points": "Press, hold, release.",
  kneading: "Slow, steady circles.",
  roller: "Roll one way, lift back.",
  "gua-sha": "Keep the stone nearly flat.",
};

const GLIDE_TIP: Readonly<Record<Pressure, string>> = {
  1: "Feather-light, just move the skin.",
  2: "Light glide.",
  3: "Firm, never painful.",
};

const PRESS_TIP: Readonly<Record<Pressure, string>> = {
  1: "Barely any pressure.",
  2: "Gentle, steady pressure.",
  3: "Firm, never painful.",
};

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

/**
 * Opening texts, longest first, per zone, side, technique and pressure. Built on first use and
 * kept (at most 14 × 4 × 9 × 3 entries): the planner asks for the same few again and again.
 */
const openings = new Map<number, readonly Variant[]>();
const SIDES: readonly Side[] = ["both", "left", "right", "center"];

function openingVariants(
  zoneId: ZoneId,
  side: Side,
  technique: TechniqueId,
  pressure: Pressure,
): readonly Variant[] {
  const key =
    ((ZONE_IDS.indexOf(zoneId) * 4 + SIDES.indexOf(side)) * 9 + TECHNIQUE_IDS.indexOf(technique)) *
      3 +
    pressure;
  const cached = openings.get(key);
  if (cached !== undefined) return cached;
  const zone = ZONES[zoneId];
  const action = `${ACTION[technique]} ${zone.direction}.`;
  const tip = (TECHNIQUES[technique].muscleWork ? PRESS_TIP : GLIDE_TIP)[pressure];
  const label = `${zone.name}${side === "left" ? ", left side" : ""}`;
  const built =
    side === "right"
      ? [variant(`Switch to the right side: ${action}`), variant("Switch to the right side.")]
      : [
          variant(`${label}: ${action} ${tip}`),
          variant(`${label}: ${action}`),
          variant(`${zone.name}.`),
        ];
  openings.set(key, built);
  return built;
}

const halfways = new Map<TechniqueId, readonly Variant[]>(
  TECHNIQUE_IDS.map((id) => [id, [variant(`Halfway. ${HALFWAY_TIP[id]}`), variant("Halfway.")]]),
);

const ENDINGS = {
  left: [variant("Five seconds, then the right side."), variant("Five seconds.")],
  last: [variant("Last five seconds, then rest."), variant("Five seconds.")],
  other: [variant("Last five seconds."), variant("Five seconds.")],
} as const;

/** What a step needs to know to be cued. */
export interface CueContext {
  readonly zone: ZoneId;
  readonly side: Side;
  readonly technique: TechniqueId;
  readonly pressure: Pressure;
  readonly seconds: number;
  /** True for the last step of the session. */
  readonly last: boolean;
}

/**
 * The cues of one step: what to do at 0 (or "switch to the right side" for the right half of a
 * sided pair), a tip at the halfway mark, and a warning five seconds before the end that says
 * what comes next when it is the other side. Each text is the longest variant that can be spoken
 * before the next cue; steps are at least 16 s, so every cue has at least 3 s.
 */
export function buildCues(step: CueContext): readonly Cue[] {
  const halfway = Math.floor(step.seconds / 2);
  const lastFive = step.seconds - 5;
  const ending = step.side === "left" ? ENDINGS.left : step.last ? ENDINGS.last : ENDINGS.other;
  return [
    {
      at: seconds(0),
      kind: step.side === "right" ? "switch-side" : "start",
      text: fit(openingVariants(step.zone, step.side, step.technique, step.pressure), halfway),
    },
    {
      at: seconds(halfway),
      kind: "halfway",
      text: fit(halfways.get(step.technique) ?? [], lastFive - halfway),
    },
    { at: seconds(lastFive), kind: "last-five", text: fit(ending, 5) },
  ];
}
