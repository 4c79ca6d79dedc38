/** Evidence grades, strongest first. */
export const GRADES = ["A", "B", "C", "D"] as const;

/** One of {@link GRADES}. */
export type Grade = (typeof GRADES)[number];

/** What each grade means, in the words the app shows beside a claim. */
export const GRADE_MEANINGS: Readonly<Record<Grade, string>> = {
  A: "Controlled studies support it.",
  B: "Small or early studies point to it.",
  C: "It makes sense, but nobody has tested it.",
  D: "Studies found no effect, or there is no evidence at all.",
};
