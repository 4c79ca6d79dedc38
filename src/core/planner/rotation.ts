import type { TechniqueId } from "../model/techniques.ts";
import type { ZoneId } from "../model/zones.ts";
import { dayNumber, type LocalDate } from "../time/local-date.ts";
import type { PlanOrder } from "./plan-types.ts";

/** Days in the rotation: any three days in a row see all of its variants. */
export const ROTATION_DAYS = 3;

/** Which variant of the rotation a date plans: 0, 1 or 2, the same for every slot of the day. */
export function rotationOf(date: LocalDate): number {
  const n = dayNumber(date) % ROTATION_DAYS;
  return n < 0 ? n + ROTATION_DAYS : n;
}

/**
 * Each zone's everyday movements. Where there are two, the first is made on most days and the
 * second on one day of the rotation (see {@link choiceDays}). On the cheeks, under the cheekbones
 * and on the jaw muscle the second is a goal's signature (see `goal-recipes.ts`): a plan with no
 * goal makes all three on the same day, and a plan with goals never makes another goal's.
 */
const EVERYDAY: Readonly<Record<ZoneId, readonly TechniqueId[]>> = {
  collarbone: ["stationary-circles"],
  "neck-sides": ["strokes"],
  "jaw-angle": ["stationary-circles"],
  "chin-jawline": ["strokes"],
  masseter: ["small-circles", "kneading"],
  cheeks: ["strokes", "small-circles"],
  "under-cheekbone": ["strokes", "pressure-points"],
  "nose-sides": ["small-circles"],
  "under-eyes": ["tap", "small-circles"],
  brows: ["pinch", "pressure-points"],
  forehead: ["strokes", "tap"],
  temples: ["small-circles", "pressure-points"],
  mouth: ["strokes"],
  shoulders: ["kneading", "pressure-points"],
};

/** Zones whose second everyday movement is a goal's signature: they turn on one day together. */
const SIGNATURE_ZONES: ReadonlySet<ZoneId> = new Set(["cheeks", "under-cheekbone", "masseter"]);

/** The two-way choices of a plan with no goal, most telling first (see {@link choiceDays}). */
export const EVERYDAY_CHOICES: readonly string[] = [
  "signatures",
  "temples",
  "forehead",
  "brows",
  "under-eyes",
];

/** The name a zone's two-way choice goes by in {@link choiceDays}; `undefined` for one-way zones. */
export function choiceOf(zone: ZoneId): string | undefined {
  if (EVERYDAY[zone].length < 2) return undefined;
  return SIGNATURE_ZONES.has(zone) ? "signatures" : zone;
}

/**
 * The day of the rotation on which each two-way choice of a plan takes its second option, given
 * the choices in order of importance: days 0, 1, 2, 0, … in that order. A plan that makes any two
 * of its first three choices therefore differs on each of the three days.
 */
export function choiceDays(choices: readonly string[]): ReadonlyMap<string, number> {
  const days = new Map<string, number>();
  for (const c of choices) if (!days.has(c)) days.set(c, days.size % ROTATION_DAYS);
  return days;
}

/** `[a, b]` on most days, `[b, a]` on `day`: the day's choice first, the other as a fall-back. */
export function swapOn<T>(
  pair: readonly T[],
  variant: number,
  day: number | undefined,
): readonly T[] {
  const [a, b, ...rest] = pair;
  return variant === day && a !== undefined && b !== undefined ? [b, a, ...rest] : pair;
}

/**
 * Mornings are for strokes and circles (domain notes, section 1): under the eyes they lead with
 * tiny circles (both suit the thinnest skin, section 3), and the temples, the jaw muscle and the
 * cheekbones keep their circles and strokes rather than turning to held points or kneading.
 */
const MORNING: Partial<Record<ZoneId, readonly TechniqueId[]>> = {
  "under-eyes": ["small-circles", "tap"],
  temples: ["small-circles"],
  masseter: ["small-circles"],
  "under-cheekbone": ["strokes"],
  cheeks: ["strokes"],
};

/** A zone's everyday movements for a variant: the day's choice first, the other as a fall-back. */
export function everyday(
  zone: ZoneId,
  variant: number,
  days: ReadonlyMap<string, number>,
  order: PlanOrder,
): readonly TechniqueId[] {
  const list = (order === "wake-up" ? MORNING[zone] : undefined) ?? EVERYDAY[zone];
  const choice = choiceOf(zone);
  return choice === undefined ? list : swapOn(list, variant, days.get(choice));
}

/** `list` started at the variant's turn, so each day of the rotation leads with another entry. */
export function rotate<T>(list: readonly T[], by: number): readonly T[] {
  if (list.length === 0) return list;
  const at = by % list.length;
  return [...list.slice(at), ...list.slice(0, at)];
}
