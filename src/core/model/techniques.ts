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
  /** True when it is done on one side at a time (a tool in one hand, firm muscle work). */
  readonly oneSideAtATime: boolean;
  /** True for muscle work, which may use a zone's highest pressure. */
  readonly muscleWork: boolean;
}

/** The techniques, keyed by id. Paces are practice figures (about one stroke a second). */
export const TECHNIQUES: Readonly<Record<TechniqueId, Technique>> = {
  strokes: {
    id: "strokes",
    name: "Strokes",
    description:
      "Flat fingers sweep slowly in the zone's direction, about one stroke a second: upward and outward on the face, downward on the neck.",
    tool: "fingers",
    secondsPerRep: 1,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "small-circles": {
    id: "small-circles",
    name: "Small circles",
    description: "Fingertips draw small, slow circles while moving along the zone.",
    tool: "fingers",
    secondsPerRep: 1,
    oneSideAtATime: false,
    muscleWork: false,
  },
  "stationary-circles": {
    id: "stationary-circles",
    name: "Stationary circles",
    description: "Flat fingers circle in one place, moving the skin rather than sliding over it.",
    tool: "fingers",
    secondsPerRep: 2,
    oneSideAtATime: false,
    muscleWork: false,
  },
  pinch: {
    id: "pinch",
    name: "Light pinching",
    description: "Tiny, quick pinches between thumb and finger, never tugging.",
    tool: "fingers",
    secondsPerRep: 1,
    oneSideAtATime: false,
    muscleWork: false,
  },
  tap: {
    id: "tap",
    name: "Tapping",
    description: "Fingertips tap lightly and quickly, like rain.",
    tool: "fingers",
    oneSideAtATime: false,
    muscleWork: false,
  },
  "pressure-points": {
    id: "pressure-points",
    name: "Pressure points",
    description: "Press a point, hold it for a few breaths, release and move on.",
    tool: "fingers",
    secondsPerRep: 5,
    oneSideAtATime: false,
    muscleWork: true,
  },
  kneading: {
    id: "kneading",
    name: "Kneading",
    description: "Slow, deep circles that work the muscle, one side at a time.",
    tool: "fingers",
    oneSideAtATime: true,
    muscleWork: true,
  },
  roller: {
    id: "roller",
    name: "Roller passes",
    description: "Roll outward in one direction and lift to return.",
    tool: "roller",
    secondsPerRep: 2,
    oneSideAtATime: true,
    muscleWork: false,
  },
  "gua-sha": {
    id: "gua-sha",
    name: "Gua sha strokes",
    description: "The stone held nearly flat glides one way, a few strokes per area.",
    tool: "gua-sha",
    secondsPerRep: 3,
    oneSideAtATime: true,
    muscleWork: false,
  },
};
