import type { Pressure } from "../model/pressure.ts";
import { TECHNIQUES, type TechniqueId } from "../model/techniques.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";
import { seconds } from "../time/seconds.ts";
import type { Cue, Side } from "./plan-types.ts";

/** A calm speaking pace; a cue must be spoken before the next one is due. */
export const SPEECH_WORDS_PER_SECOND = 2.5;

/** Words in a cue, as the speaking-time budget counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
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

/** The first variant that can be spoken within `budget` seconds (the last one otherwise). */
function fit(variants: readonly string[], budget: number): string {
  return variants.find((v) => speakingSeconds(v) <= budget) ?? variants[variants.length - 1] ?? "";
}

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
  const zone = ZONES[step.zone];
  const halfway = Math.floor(step.seconds / 2);
  const lastFive = step.seconds - 5;
  const action = `${ACTION[step.technique]} ${zone.direction}.`;
  const first: Cue =
    step.side === "right"
      ? {
          at: seconds(0),
          kind: "switch-side",
          text: fit([`Switch to the right side: ${action}`, "Switch to the right side."], halfway),
        }
      : {
          at: seconds(0),
          kind: "start",
          text: fit(
            [
              `${zone.name}${step.side === "left" ? ", left side" : ""}: ${action} ${(TECHNIQUES[step.technique].muscleWork ? PRESS_TIP : GLIDE_TIP)[step.pressure]}`,
              `${zone.name}${step.side === "left" ? ", left side" : ""}: ${action}`,
              `${zone.name}.`,
            ],
            halfway,
          ),
        };
  const ending =
    step.side === "left"
      ? "Five seconds, then the right side."
      : step.last
        ? "Last five seconds, then rest."
        : "Last five seconds.";
  return [
    first,
    {
      at: seconds(halfway),
      kind: "halfway",
      text: fit([`Halfway. ${HALFWAY_TIP[step.technique]}`, "Halfway."], lastFive - halfway),
    },
    { at: seconds(lastFive), kind: "last-five", text: fit([ending, "Five seconds."], 5) },
  ];
}
