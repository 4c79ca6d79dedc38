/**
 * A duration in whole seconds. Branded so a count of seconds is never mixed up with minutes,
 * repetitions or pressure levels, which are also plain numbers.
 */
export type Seconds = number & { readonly __brand: "Seconds" };

/** Marks a number as a duration in seconds. */
export function seconds(value: number): Seconds {
  return value as Seconds;
}
