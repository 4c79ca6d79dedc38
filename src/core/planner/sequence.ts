import type { TechniqueId } from "../model/techniques.ts";
import type { ZoneId } from "../model/zones.ts";

/** Where a block sits in a drainage session; a wake-up session uses `face` and `close`. */
export type Phase = "open" | "face" | "extra" | "close";

/**
 * `primary`: the zone's usual movement; `tool`: a roller or gua sha pass, used when owned;
 * `secondary`: a second finger movement, added when there is time.
 */
export type BlockKind = "primary" | "tool" | "secondary";

/** The structural blocks that open and close a drainage session. */
export type Anchor = "open-collarbone" | "open-neck" | "close-neck" | "close-collarbone";

/** One candidate block of a session, before availability and time are known. */
export interface BlockTemplate {
  readonly zone: ZoneId;
  /** Alternatives in preference order; the first one allowed is used. */
  readonly techniques: readonly TechniqueId[];
  readonly kind: BlockKind;
  readonly phase: Phase;
  readonly anchor?: Anchor;
}

const b = (
  zone: ZoneId,
  techniques: readonly TechniqueId[],
  kind: BlockKind = "primary",
  phase: Phase = "face",
  anchor?: Anchor,
): BlockTemplate =>
  anchor === undefined
    ? { zone, techniques, kind, phase }
    : { zone, techniques, kind, phase, anchor };

/**
 * Tap or circles under the eyes, pinch or press on the brows, roller or gua sha where both fit:
 * which leads alternates by day, so sessions vary from one day to the next while the same day always gives the same plan.
 */
function variety(oddDay: boolean): {
  readonly eyes: readonly TechniqueId[];
  readonly brows: readonly TechniqueId[];
  readonly tools: readonly TechniqueId[];
} {
  return oddDay
    ? {
        eyes: ["small-circles", "tap"],
        brows: ["pressure-points", "pinch"],
        tools: ["gua-sha", "roller"],
      }
    : {
        eyes: ["tap", "small-circles"],
        brows: ["pinch", "pressure-points"],
        tools: ["roller", "gua-sha"],
      };
}

/**
 * Cheeks and forehead: on evening and weekly sessions a roller or gua sha the person owns is the
 * usual movement there, with finger strokes added when time allows; otherwise strokes lead and
 * the tool is an extra.
 */
function leadWithTool(
  zone: ZoneId,
  tools: readonly TechniqueId[],
  toolsLead: boolean,
): readonly BlockTemplate[] {
  return toolsLead
    ? [b(zone, [...tools, "strokes"]), b(zone, ["strokes"], "secondary")]
    : [b(zone, ["strokes"]), b(zone, tools, "tool")];
}

/**
 * The drainage order (domain notes, section 2): open at the collarbone, then the neck and the
 * node in front of the ear; the face from the centre outward; shoulders on the weekly session;
 * close down the sides of the neck to the collarbone. `toolsLead` is true on evening and weekly
 * sessions (see {@link leadWithTool}).
 */
function buildDrainageSequence(
  oddDay: boolean,
  withShoulders: boolean,
  toolsLead: boolean,
): readonly BlockTemplate[] {
  const v = variety(oddDay);
  const [eyeFirst = "tap", eyeSecond = "small-circles"] = v.eyes;
  const [browFirst = "pinch", browSecond = "pressure-points"] = v.brows;
  const shoulders = withShoulders
    ? [
        b("shoulders", ["kneading", "pressure-points"], "primary", "extra"),
        b("shoulders", ["pressure-points"], "secondary", "extra"),
      ]
    : [];
  return [
    b("collarbone", ["stationary-circles"], "primary", "open", "open-collarbone"),
    b("neck-sides", ["strokes"], "primary", "open", "open-neck"),
    b("jaw-angle", ["stationary-circles"], "primary", "open"),
    b("chin-jawline", ["strokes"]),
    b("chin-jawline", ["gua-sha"], "tool"),
    b("mouth", ["strokes"]),
    b("nose-sides", ["small-circles"]),
    ...leadWithTool("cheeks", v.tools, toolsLead),
    b("cheeks", ["small-circles"], "secondary"),
    b("under-cheekbone", ["pressure-points", "strokes"]),
    b("under-cheekbone", ["strokes"], "secondary"),
    b("masseter", ["kneading", "small-circles"]),
    b("masseter", ["small-circles"], "secondary"),
    b("under-eyes", [eyeFirst, eyeSecond]),
    b("under-eyes", ["roller"], "tool"),
    b("under-eyes", [eyeSecond], "secondary"),
    b("brows", [browFirst, browSecond]),
    b("brows", [browSecond], "secondary"),
    ...leadWithTool("forehead", v.tools, toolsLead),
    b("forehead", ["tap"], "secondary"),
    b("temples", ["small-circles"]),
    b("temples", ["pressure-points"], "secondary"),
    ...shoulders,
    b("neck-sides", ["strokes", "roller"], "primary", "close", "close-neck"),
    b("collarbone", ["stationary-circles"], "primary", "close", "close-collarbone"),
  ];
}

/**
 * The morning order: upward and outward strokes and circles from the jaw up to the temples,
 * finishing with downward strokes on the neck. A roller is the only tool offered in the morning;
 * gua sha belongs to the slower evening and weekly sessions.
 */
function buildWakeUpSequence(oddDay: boolean): readonly BlockTemplate[] {
  const v = variety(oddDay);
  const [eyeFirst = "tap", eyeSecond = "small-circles"] = v.eyes;
  const [browFirst = "pinch", browSecond = "pressure-points"] = v.brows;
  return [
    b("chin-jawline", ["strokes"]),
    b("mouth", ["strokes"]),
    b("cheeks", ["strokes"]),
    b("cheeks", ["roller"], "tool"),
    b("cheeks", ["small-circles"], "secondary"),
    b("under-cheekbone", ["strokes", "pressure-points"]),
    b("under-cheekbone", ["pressure-points"], "secondary"),
    b("nose-sides", ["small-circles"]),
    b("under-eyes", [eyeFirst, eyeSecond]),
    b("under-eyes", ["roller"], "tool"),
    b("under-eyes", [eyeSecond], "secondary"),
    b("brows", [browFirst, browSecond]),
    b("forehead", ["strokes"]),
    b("forehead", ["roller"], "tool"),
    b("forehead", ["tap"], "secondary"),
    b("temples", ["small-circles"]),
    b("temples", ["pressure-points"], "secondary"),
    b("masseter", ["small-circles", "kneading"]),
    b("masseter", ["kneading"], "secondary"),
    b("jaw-angle", ["stationary-circles"]),
    b("neck-sides", ["strokes", "roller"], "primary", "close", "close-neck"),
  ];
}

const sequences = new Map<string, readonly BlockTemplate[]>();

/** Sequences are fixed data for each combination of flags, so each is built once and shared. */
function memo(key: string, build: () => readonly BlockTemplate[]): readonly BlockTemplate[] {
  let found = sequences.get(key);
  if (found === undefined) {
    found = build();
    sequences.set(key, found);
  }
  return found;
}

/** The drainage sequence for a day parity, with or without shoulders and leading tools. */
export function drainageSequence(
  oddDay: boolean,
  withShoulders: boolean,
  toolsLead: boolean,
): readonly BlockTemplate[] {
  return memo(`drainage ${oddDay} ${withShoulders} ${toolsLead}`, () =>
    buildDrainageSequence(oddDay, withShoulders, toolsLead),
  );
}

/** The wake-up sequence for a day parity. */
export function wakeUpSequence(oddDay: boolean): readonly BlockTemplate[] {
  return memo(`wake-up ${oddDay}`, () => buildWakeUpSequence(oddDay));
}
