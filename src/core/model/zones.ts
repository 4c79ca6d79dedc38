import type { MessageId } from "../i18n/translate.ts";
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

/**
 * A zone of the face, neck or shoulders (domain notes, section 4). Its words are messages named
 * after its id, `zone.<id>.name|area|side|direction`: the name, the zone as a noun phrase with its article for sentences
 * such as "filler in …" (in German in the dative), one side of a paired zone by `{side}` (left
 * or right, each language agreeing its own adjective), and which way strokes go, in words that
 * fit a spoken cue after its verb.
 */
export interface Zone {
  readonly id: ZoneId;
  readonly region: Region;
  /** `pair`: a left and a right side; `center`: one area on the midline. */
  readonly sides: "pair" | "center";
  readonly defaultPressure: Pressure;
  readonly maxPressure: Pressure;
  /** Allowed techniques; the first is the usual one. */
  readonly techniques: readonly TechniqueId[];
  /** Allowed tools. */
  readonly tools: readonly ToolId[];
  /** What to watch for on this zone, as messages. */
  readonly cautions: readonly MessageId[];
  /** Share of session time before goals shift it (a practice figure). */
  readonly baseWeight: number;
}

const zone = (z: Zone): Zone => z;

/** All zones, keyed by id. */
export const ZONES: Readonly<Record<ZoneId, Zone>> = {
  collarbone: zone({
    id: "collarbone",
    region: "neck",
    sides: "pair",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["stationary-circles"],
    tools: ["fingers"],
    cautions: ["zone.collarbone.caution.1"],
    baseWeight: 2,
  }),
  "neck-sides": zone({
    id: "neck-sides",
    region: "neck",
    sides: "pair",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["strokes", "roller"],
    tools: ["fingers", "roller"],
    cautions: ["zone.neck-sides.caution.1", "zone.neck-sides.caution.2"],
    baseWeight: 2,
  }),
  "jaw-angle": zone({
    id: "jaw-angle",
    region: "face",
    sides: "pair",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["stationary-circles"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 1,
  }),
  "chin-jawline": zone({
    id: "chin-jawline",
    region: "face",
    sides: "pair",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "gua-sha"],
    tools: ["fingers", "gua-sha"],
    cautions: ["zone.chin-jawline.caution.1"],
    baseWeight: 2,
  }),
  masseter: zone({
    id: "masseter",
    region: "face",
    sides: "pair",
    defaultPressure: 2,
    maxPressure: 3,
    techniques: ["kneading", "small-circles"],
    tools: ["fingers"],
    cautions: ["zone.masseter.caution.1"],
    baseWeight: 2,
  }),
  cheeks: zone({
    id: "cheeks",
    region: "face",
    sides: "pair",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "small-circles", "roller", "gua-sha"],
    tools: ["fingers", "roller", "gua-sha"],
    cautions: ["zone.cheeks.caution.1"],
    baseWeight: 3,
  }),
  "under-cheekbone": zone({
    id: "under-cheekbone",
    region: "face",
    sides: "pair",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "pressure-points"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 2,
  }),
  "nose-sides": zone({
    id: "nose-sides",
    region: "face",
    sides: "pair",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["small-circles"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 1,
  }),
  "under-eyes": zone({
    id: "under-eyes",
    region: "face",
    sides: "pair",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["tap", "small-circles", "roller"],
    tools: ["fingers", "roller"],
    cautions: [
      "zone.under-eyes.caution.1",
      "zone.under-eyes.caution.2",
      "zone.under-eyes.caution.3",
    ],
    baseWeight: 2,
  }),
  brows: zone({
    id: "brows",
    region: "face",
    sides: "pair",
    defaultPressure: 1,
    maxPressure: 2,
    techniques: ["pinch", "pressure-points"],
    tools: ["fingers"],
    cautions: ["zone.brows.caution.1"],
    baseWeight: 1,
  }),
  forehead: zone({
    id: "forehead",
    region: "face",
    sides: "center",
    defaultPressure: 2,
    maxPressure: 2,
    techniques: ["strokes", "tap", "roller", "gua-sha"],
    tools: ["fingers", "roller", "gua-sha"],
    cautions: ["zone.forehead.caution.1"],
    baseWeight: 2,
  }),
  temples: zone({
    id: "temples",
    region: "face",
    sides: "pair",
    defaultPressure: 2,
    maxPressure: 3,
    techniques: ["small-circles", "pressure-points"],
    tools: ["fingers"],
    cautions: [],
    baseWeight: 2,
  }),
  mouth: zone({
    id: "mouth",
    region: "face",
    sides: "center",
    defaultPressure: 1,
    maxPressure: 1,
    techniques: ["strokes"],
    tools: ["fingers"],
    cautions: ["zone.mouth.caution.1"],
    baseWeight: 1,
  }),
  shoulders: zone({
    id: "shoulders",
    region: "shoulders",
    sides: "pair",
    defaultPressure: 2,
    maxPressure: 3,
    techniques: ["kneading", "pressure-points"],
    tools: ["fingers"],
    cautions: ["zone.shoulders.caution.1"],
    baseWeight: 3,
  }),
};
