import type { Pressure } from "../model/pressure.ts";
import type { TechniqueId } from "../model/techniques.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";

/** The verb of each technique, written to run straight into the zone's direction. */
const ACTION: Readonly<Record<TechniqueId, string>> = {
  strokes: "sweep",
  "small-circles": "draw small circles, moving",
  "stationary-circles": "circle in place, finishing",
  pinch: "pinch lightly,",
  tap: "tap lightly",
  "pressure-points": "press and hold points",
  kneading: "knead",
  roller: "roll",
  "gua-sha": "glide the stone",
};

/** Under the eyes the skin is thinnest: fingers work there with the ring fingers only. */
const UNDER_EYES: Partial<Record<TechniqueId, string>> = {
  tap: "tap lightly with your ring fingers",
  "small-circles": "draw tiny circles with your ring fingers, moving",
};

const same = (text: string): Readonly<Record<Pressure, string>> => ({ 1: text, 2: text, 3: text });

/**
 * How hard, in each technique's own words (domain notes, sections 3 and 4b): a skin stretch for
 * drainage, a glide, a tool's own weight, a held point, firm muscle work.
 */
const PRESSURE_WORDS: Readonly<Record<TechniqueId, Readonly<Record<Pressure, string>>>> = {
  strokes: { ...same("Light, gliding strokes."), 1: "Feather-light: move the skin, don't press." },
  "small-circles": {
    ...same("Light circles, no dragging."),
    1: "Feather-light, just move the skin.",
  },
  "stationary-circles": same("Feather-light: move the skin, don't slide."),
  pinch: same("Tiny pinches, never tugging."),
  tap: same("Light, quick taps, no pressing."),
  "pressure-points": {
    1: "Barely press, then let go.",
    2: "Gentle, steady pressure.",
    3: "Firm, never painful.",
  },
  kneading: {
    1: "Gentle circles, no pressing.",
    2: "Steady, medium pressure.",
    3: "Firm, never painful.",
  },
  roller: { ...same("Light, even contact."), 1: "Let the roller's own weight do the work." },
  "gua-sha": {
    ...same("Stone almost flat, light pressure."),
    1: "Stone almost flat, as light as you can.",
  },
};

const HALFWAY: Readonly<Record<Exclude<TechniqueId, "roller" | "gua-sha">, string>> = {
  strokes: "About one stroke a second.",
  "small-circles": "Small, slow circles.",
  "stationary-circles": "Move the skin, don't slide.",
  pinch: "Tiny pinches, no tugging.",
  tap: "Light and quick.",
  "pressure-points": "Press, hold, release.",
  kneading: "Slow, steady circles.",
};

/** Movements that glide or stretch the skin, where level 1 is a skin stretch. */
const GLIDES: ReadonlySet<TechniqueId> = new Set([
  "strokes",
  "small-circles",
  "stationary-circles",
]);

/** What to do, in the zone's direction: "roll from the nose out to the ear". */
export function actionWords(zone: ZoneId, technique: TechniqueId): string {
  const verb = (zone === "under-eyes" ? UNDER_EYES[technique] : undefined) ?? ACTION[technique];
  return `${verb} ${ZONES[zone].direction}`;
}

/** How hard to press, for this technique at this level (and under the eyes, how lightly). */
export function pressureWords(zone: ZoneId, technique: TechniqueId, pressure: Pressure): string {
  if (zone === "under-eyes")
    return technique === "roller"
      ? "Barely touching the skin."
      : "Ring fingers only, feather-light, no pulling.";
  return PRESSURE_WORDS[technique][pressure];
}

/**
 * The halfway tip. A tool gets its pressure words again (a short step's opening may have had
 * no time for them); finger work at a skin stretch (a glide at level 1) gets section 4b's two
 * signs of pressing too hard: the skin reddening, or feeling the muscle.
 */
export function halfwayWords(zone: ZoneId, technique: TechniqueId, pressure: Pressure): string {
  if (technique === "roller" || technique === "gua-sha")
    return pressureWords(zone, technique, pressure);
  if (pressure === 1 && GLIDES.has(technique))
    return "Lighter if the skin reddens or you feel muscle.";
  return HALFWAY[technique];
}
