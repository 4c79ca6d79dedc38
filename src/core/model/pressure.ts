/** Pressure level: 1 skin stretch, 2 light glide, 3 firm. */
export type Pressure = 1 | 2 | 3;

/**
 * The three pressure levels of the domain notes (section 3): 1 skin stretch, 2 light glide, 3
 * firm. What each means, in the words a person reads, is `pressure.<level>.name` and
 * `pressure.<level>.description`.
 */
export const PRESSURE_LEVELS: readonly Pressure[] = [1, 2, 3];

/** The smaller of two pressure levels. */
export function minPressure(a: Pressure, b: Pressure): Pressure {
  return a < b ? a : b;
}
