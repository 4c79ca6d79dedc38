import type { Pressure } from "./pressure.ts";
import type { TechniqueId } from "./techniques.ts";
import type { ToolId } from "./tools.ts";

/** The zones, in the order of the issue; ids are part of the public contract. */
export const ZONE_IDS = [
  "collarbone",
  "neck-sides",
  "jaw-angle",
  "chin-jawline",
  "masseter",
  "cheeks",
  "under-cheekbone",
  "nose-sides",
  "under-eyes",
  "brows",
  "forehead",
  "temples",
  "mouth",
  "shoulders",
] as const;

/**
 * One of {@link ZONE_IDS}. A union of literals rather than a branded string: the compiler
 * already refuses any other string, which is what a brand would buy.
 */
export type ZoneId = (typeof ZONE_IDS)[number];

/** Where a zone is: the neck and shoulders drain the face, the face is worked centre outward. */
export type Region = "neck" | "face" | "shoulders";

/** A zone of the face, neck or shoulders (domain notes, section 4). */
export interface Zone {
  readonly id: ZoneId;
  readonly name: string;
  /**
   * The zone as a noun phrase with its article ("the area around the mouth"), for sentences
   * such as "filler in …": a name like "Around the mouth" cannot follow "the".
   */
  readonly area: string;
  /** One side of a paired zone, with `{side}` for "left" or "right" ("{side} cheek"). */
  readonly sideName: string;
  readonly region: Region;
  /** `pair`: a left and a right side; `center`: one area on the midline. */
  readonly sides: "pair" | "center";
  /** Which way strokes go, in words that fit a spoken cue. */
  readonly direction: string;
  readonly defaultPressure: Pressure;
  readonly maxPressure: Pressure;
  /** Allowed techniques; the first is the usual one. */
  readonly techniques: readonly TechniqueId[];
  /** Allowed tools. */
  readonly tools: readonly ToolId[];
  readonly cautions: readonly string[];
  /** Share of session time before goals shift it (a practice figure). */
  readonly baseWeight: number;
}

const zone = (z: Zone): Zone => z;

/** All zones, keyed by id. */
export const ZONES: Readonly<Record<ZoneId, Zone>> = {
  collarbone: zone({
    id: "collarbone",
    name: "Collarbone",
    area: "the hollow above the collarbone",
    sideName: "{side} collarbone",
    region: "neck",
    sides: "pair",
    direction: "down and in",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["stationary-circles"],
    tools: ["fingers"],
    cautions: [
      "Opens and closes every drainage session: the hollow above the collarbone is where lymph returns.",
    ],
    baseWeight: 2,
  }),
  "neck-sides": zone({
    id: "neck-sides",
    name: "Sides of the neck",
    area: "the sides of the neck",
    sideName: "{side} side of the neck",
    region: "neck",
    sides: "pair",
    direction: "down from the ear to the collarbone",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["strokes", "roller"],
    tools: ["fingers", "roller"],
    cautions: ["Never press on the pulse or the throat.", "No scraping tools on the neck."],
    baseWeight: 2,
  }),
  "jaw-angle": zone({
    id: "jaw-angle",
    name: "In front of the ear",
    area: "the spot in front of the ear",
    sideName: "in front of the {side} ear",
    region: "face",
    sides: "pair",
    direction: "down toward the neck",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["stationary-circles"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 1,
  }),
  "chin-jawline": zone({
    id: "chin-jawline",
    name: "Chin and jawline",
    area: "the chin and jawline",
    sideName: "{side} jawline",
    region: "face",
    sides: "pair",
    direction: "from the chin along the jaw to the ear",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "gua-sha"],
    tools: ["fingers", "gua-sha"],
    cautions: ["Bruises easily with tools: keep a gua sha stone light here."],
    baseWeight: 2,
  }),
  masseter: zone({
    id: "masseter",
    name: "Jaw muscle",
    area: "the jaw muscle",
    sideName: "{side} jaw muscle",
    region: "face",
    sides: "pair",
    direction: "from the cheekbone down to the jaw",
    defaultPressure: 2,
    maxPressure: 3,
    techniques: ["kneading", "small-circles"],
    tools: ["fingers"],
    cautions: ["Pain in the jaw joint is a reason to see a clinician, not to press harder."],
    baseWeight: 2,
  }),
  cheeks: zone({
    id: "cheeks",
    name: "Cheeks",
    area: "the cheeks",
    sideName: "{side} cheek",
    region: "face",
    sides: "pair",
    direction: "from the nose out to the ear",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "small-circles", "roller", "gua-sha"],
    tools: ["fingers", "roller", "gua-sha"],
    cautions: ["Skip during an acne or rosacea flare and at filler sites."],
    baseWeight: 3,
  }),
  "under-cheekbone": zone({
    id: "under-cheekbone",
    name: "Under the cheekbones",
    area: "the area under the cheekbones",
    sideName: "under the {side} cheekbone",
    region: "face",
    sides: "pair",
    direction: "from the nose out to the ear",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "pressure-points"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 2,
  }),
  "nose-sides": zone({
    id: "nose-sides",
    name: "Beside the nose",
    area: "the sides of the nose",
    sideName: "{side} side of the nose",
    region: "face",
    sides: "pair",
    direction: "down and out",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["small-circles"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 1,
  }),
  "under-eyes": zone({
    id: "under-eyes",
    name: "Under the eyes",
    area: "the area under the eyes",
    sideName: "under the {side} eye",
    region: "face",
    sides: "pair",
    direction: "from the inner corner out to the temple",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["tap", "small-circles", "roller"],
    tools: ["fingers", "roller"],
    cautions: [
      "The skin here is about 0.2 mm thin: ring finger, feather-light, no pulling.",
      "Never a gua sha stone here.",
      "Skip with an eye infection.",
    ],
    baseWeight: 2,
  }),
  brows: zone({
    id: "brows",
    name: "Brows",
    area: "the brows",
    sideName: "{side} brow",
    region: "face",
    sides: "pair",
    direction: "from the inner to the outer end",
    defaultPressure: 1,
    maxPressure: 2,
    techniques: ["pinch", "pressure-points"],
    tools: ["fingers"],
    cautions: ["Skip where Botox was injected recently."],
    baseWeight: 1,
  }),
  forehead: zone({
    id: "forehead",
    name: "Forehead",
    area: "the forehead",
    sideName: "{side} half of the forehead",
    region: "face",
    sides: "center",
    direction: "from the centre out to the temples",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "tap", "roller", "gua-sha"],
    tools: ["fingers", "roller", "gua-sha"],
    cautions: ["Skip where Botox was injected recently."],
    baseWeight: 2,
  }),
  temples: zone({
    id: "temples",
    name: "Temples",
    area: "the temples",
    sideName: "{side} temple",
    region: "face",
    sides: "pair",
    direction: "back toward the ears",
    defaultPressure: 2,
    maxPressure: 3,
    techniques: ["small-circles", "pressure-points"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 2,
  }),
  mouth: zone({
    id: "mouth",
    name: "Around the mouth",
    area: "the area around the mouth",
    sideName: "{side} side of the mouth",
    region: "face",
    sides: "center",
    direction: "from the middle out to the corners",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["strokes"],
    tools: ["fingers"],
    cautions: ["Skip with a cold sore or recent lip filler."],
    baseWeight: 1,
  }),
  shoulders: zone({
    id: "shoulders",
    name: "Shoulders",
    area: "the shoulders",
    sideName: "{side} shoulder",
    region: "shoulders",
    sides: "pair",
    direction: "toward the base of the neck",
    defaultPressure: 2,
    maxPressure: 3,
    techniques: ["kneading", "pressure-points"],
    tools: ["fingers"],
    cautions: ["Part of the weekly session."],
    baseWeight: 3,
  }),
};
