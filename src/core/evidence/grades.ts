/** Evidence grades, strongest first. */
export const GRADES = ["A", "B", "C", "D"] as const;

/** One of {@link GRADES}; what it means, in the words the app shows, is `grade.<grade>.meaning`. */
export type Grade = (typeof GRADES)[number];
