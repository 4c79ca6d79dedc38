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

/** A technique, the tool it needs and its pace. */
export interface Technique {
  readonly id: TechniqueId;
  readonly name: string;
  readonly description: string;
  readonly tool: ToolId;
  /** Seconds one repetition takes; absent when the movement is continuous (tapping, kneading). */
  readonly secondsPerRep?: number;
  /** What one repetition is called, singular and plural; present exactly when it is counted. */
  readonly count?: { readonly one: string; readonly many: string };
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
    name: "Strokes",
    description:
      "Flat fingers sweep slowly in the zone's direction, about one stroke a second: upward and outward on the face, downward on the neck.",
    tool: "fingers",
    secondsPerRep: 1,
    count: { one: "stroke", many: "strokes" },
    followsLines: true,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "small-circles": {
    id: "small-circles",
    name: "Small circles",
    description: "Fingertips draw small, slow circles while moving along the zone.",
    tool: "fingers",
    secondsPerRep: 1,
    count: { one: "circle", many: "circles" },
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "stationary-circles": {
    id: "stationary-circles",
    name: "Stationary circles",
    description: "Flat fingers circle in one place, moving the skin rather than sliding over it.",
    tool: "fingers",
    secondsPerRep: 2,
    count: { one: "circle", many: "circles" },
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  pinch: {
    id: "pinch",
    name: "Light pinching",
    description: "Tiny, quick pinches between thumb and finger, never tugging.",
    tool: "fingers",
    secondsPerRep: 1,
    count: { one: "pinch", many: "pinches" },
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  tap: {
    id: "tap",
    name: "Tapping",
    description: "Fingertips tap lightly and quickly, like rain.",
    tool: "fingers",
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "pressure-points": {
    id: "pressure-points",
    name: "Pressure points",
    description: "Press a point, hold it for a few breaths, release and move on.",
    tool: "fingers",
    secondsPerRep: 5,
    count: { one: "hold", many: "holds" },
    followsLines: false,
    oneSideAtATime: false,
    muscleWork: true,
  },
  kneading: {
    id: "kneading",
    name: "Kneading",
    description: "Slow, deep circles that work the muscle, one side at a time.",
    tool: "fingers",
    followsLines: false,
    oneSideAtATime: true,
    muscleWork: true,
  },
  roller: {
    id: "roller",
    name: "Roller passes",
    description: "Roll outward along a line, lift and go back to its start: 5 to 8 passes a line.",
    tool: "roller",
    secondsPerRep: 2,
    count: { one: "pass", many: "passes" },
    followsLines: true,
    perLine: PER_LINE.roller,
    oneSideAtATime: true,
    muscleWork: false,
  },
  "gua-sha": {
    id: "gua-sha",
    name: "Gua sha strokes",
    description:
      "The stone, held nearly flat, glides one way along a line, lifts and starts again: 3 to 5 strokes a line.",
    tool: "gua-sha",
    secondsPerRep: 2,
    count: { one: "stroke", many: "strokes" },
    followsLines: true,
    perLine: PER_LINE["gua-sha"],
    oneSideAtATime: true,
    muscleWork: false,
  },
};
