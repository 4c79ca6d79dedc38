import type { ToolId } from "./tools.ts";

/** The movements the coach teaches. */
export const TECHNIQUE_IDS = [
  "strokes",
  "small-circles",
  "stationary-circles",
  "pinch",
  "tap",
  "pressure-points",
  "kneading",
  "roller",
  "gua-sha",
] as const;

/** One of {@link TECHNIQUE_IDS}. */
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/**
 * A technique, the tool it needs and its pace. Its name and description are the messages
 * `technique.<id>.name` and `technique.<id>.description`; `technique.<id>.inline` is the name
 * as it reads inside a sentence ("the areas strokes works").
 */
export interface Technique {
  readonly id: TechniqueId;
  readonly tool: ToolId;
  /** Seconds one repetition takes; absent when the movement is continuous (tapping, kneading). */
  readonly secondsPerRep?: number;
  /**
   * True when its repetitions are counted (then `secondsPerRep` is set); the count is said by
   * the message `cue.count.<id>`, with each language's own nouns and plurals.
   */
  readonly counted: boolean;
  /** True when it travels along a zone's lines (see `ZONE_LINES`) rather than in one place. */
  readonly followsLines: boolean;
  /**
   * Tools only: how many passes or strokes go along each line (domain notes, section 4b). A tool
   * step is counted exactly, so its seconds are lines × passes × `secondsPerRep`.
   */
  readonly perLine?: { readonly min: number; readonly max: number };
  /** True when it is done on one side at a time (a tool in one hand, firm muscle work). */
  readonly oneSideAtATime: boolean;
  /** True for muscle work, which may use a zone's highest pressure. */
  readonly muscleWork: boolean;
}

/**
 * Passes or strokes along each line of a zone (domain notes, section 4b): a roller 5 to 8 (sources
 * range 3 to 20), a gua sha stone 3 to 5 (some sources 10 at most).
 */
export const PER_LINE = {
  roller: { min: 5, max: 8 },
  "gua-sha": { min: 3, max: 5 },
} as const;

/**
 * The techniques, keyed by id. Paces are practice figures: about a second a finger stroke, and
 * two seconds a roller pass or a gua sha stroke, lift and return included (section 4b: 1–2 s).
 */
export const TECHNIQUES: Readonly<Record<TechniqueId, Technique>> = {
  strokes: {
    id: "strokes",
    tool: "fingers",
    secondsPerRep: 1,
    counted: true,
    followsLines: true,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "small-circles": {
    id: "small-circles",
    tool: "fingers",
    secondsPerRep: 1,
    counted: true,
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "stationary-circles": {
    id: "stationary-circles",
    tool: "fingers",
    secondsPerRep: 2,
    counted: true,
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  pinch: {
    id: "pinch",
    tool: "fingers",
    secondsPerRep: 1,
    counted: true,
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  tap: {
    id: "tap",
    tool: "fingers",
    counted: false,
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "pressure-points": {
    id: "pressure-points",
    tool: "fingers",
    secondsPerRep: 5,
    counted: true,
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: true,
  },
  kneading: {
    id: "kneading",
    tool: "fingers",
    counted: false,
    followsLines: false,
    oneSideAtATime: true,
    muscleWork: true,
  },
  roller: {
    id: "roller",
    tool: "roller",
    secondsPerRep: 2,
    counted: true,
    followsLines: true,
    perLine: PER_LINE.roller,
    oneSideAtATime: true,
    muscleWork: false,
  },
  "gua-sha": {
    id: "gua-sha",
    tool: "gua-sha",
    secondsPerRep: 2,
    counted: true,
    followsLines: true,
    perLine: PER_LINE["gua-sha"],
    oneSideAtATime: true,
    muscleWork: false,
  },
};
