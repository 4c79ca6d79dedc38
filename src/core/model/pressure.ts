/** Pressure level: 1 skin stretch, 2 light glide, 3 firm. */
export type Pressure = 1 | 2 | 3;

/** What a pressure level means, in the words a person reads. */
export interface PressureLevel {
  readonly level: Pressure;
  readonly name: string;
  readonly description: string;
}

/** The three pressure levels of the domain notes (section 3). */
export const PRESSURE_LEVELS: Readonly<Record<Pressure, PressureLevel>> = {
  1: {
    level: 1,
    name: "skin stretch",
    description:
      "Move the skin without sliding over it and without pressing into what lies beneath.",
  },
  2: {
    level: 2,
    name: "light glide",
    description: "A gentle sliding stroke over skin that has a serum, oil or cream on it.",
  },
  3: {
    level: 3,
    name: "firm",
    description: "Muscle work: firm and steady, never sharp or painful.",
  },
};

/** The smaller of two pressure levels. */
export function minPressure(a: Pressure, b: Pressure): Pressure {
  return a < b ? a : b;
}
