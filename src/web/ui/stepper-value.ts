import { t } from "../i18n/language.ts";
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

/**
 * A unit's words in the page's language, read when drawn: a count for speech ("1 minute"), the
 * buttons' names, and the short form on screen ("min").
 */
export interface UnitWords {
  readonly count: (value: number) => string;
  readonly fewer: () => string;
  readonly more: () => string;
  readonly short: () => string;
}

/** Minutes, the stepper's default unit. */
export const MINUTES: UnitWords = {
  count: (n) => t("ui.stepper.minutes.count", { n }),
  fewer: () => t("ui.stepper.minutes.fewer"),
  more: () => t("ui.stepper.minutes.more"),
  short: () => t("ui.stepper.minutes.short"),
};
