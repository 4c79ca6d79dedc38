/** The range a stepper moves in: whole steps from `min`, never past `max`. */
export interface StepRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** `value` moved onto the range: clamped to min and max, rounded to the nearest step from min. */
export function snapToRange(value: number, r: StepRange): number {
  const steps = Math.round((value - r.min) / r.step);
  const snapped = r.min + steps * r.step;
  const lastStep = r.min + Math.floor((r.max - r.min) / r.step) * r.step;
  return Math.min(lastStep, Math.max(r.min, snapped));
}

/** The value `by` steps away (negative for fewer), kept inside the range. */
export function stepBy(value: number, by: number, r: StepRange): number {
  return snapToRange(snapToRange(value, r) + by * r.step, r);
}

/** How many steps Page Up and Page Down move. */
export const PAGE_STEPS = 5;

/**
 * The value a key press asks for on a spinbutton (the WAI-ARIA keys: arrows one step, Page Up and
 * Page Down five, Home and End the ends), or null for a key the stepper leaves alone.
 */
export function valueForKey(key: string, value: number, r: StepRange): number | null {
  switch (key) {
    case "ArrowUp":
    case "ArrowRight":
      return stepBy(value, 1, r);
    case "ArrowDown":
    case "ArrowLeft":
      return stepBy(value, -1, r);
    case "PageUp":
      return stepBy(value, PAGE_STEPS, r);
    case "PageDown":
      return stepBy(value, -PAGE_STEPS, r);
    case "Home":
      return snapToRange(r.min, r);
    case "End":
      return snapToRange(r.max, r);
    default:
      return null;
  }
}

/** A unit's words: singular and plural for speech, short for the screen ("min"). */
export interface UnitWords {
  readonly one: string;
  readonly other: string;
  readonly short: string;
}

/** Minutes, the stepper's default unit. */
export const MINUTES: UnitWords = { one: "minute", other: "minutes", short: "min" };

const plural = new Intl.PluralRules("en");

/** "1 minute", "10 minutes": the count with the unit in the right number, via Intl.PluralRules. */
export function countWords(value: number, unit: UnitWords): string {
  return `${value} ${plural.select(value) === "one" ? unit.one : unit.other}`;
}
