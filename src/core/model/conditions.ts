/**
 * Health and skin notes a person can give. Each one is screened by `safety/screen.ts`
 * (section 5 of the domain notes).
 */
export const CONDITIONS = [
  "acne-breakout",
  "rosacea",
  "sensitive",
  "infection",
  "blood-clot",
  "heart-failure",
  "unexplained-swelling",
  "cancer-treatment",
  "thyroid",
  "carotid",
  "arrhythmia",
  "blood-thinners",
  "bleeding-disorder",
  "sunburn",
] as const;

/** One of {@link CONDITIONS}. */
export type Condition = (typeof CONDITIONS)[number];

/** How each condition is named to a person. */
export const CONDITION_NAMES: Readonly<Record<Condition, string>> = {
  "acne-breakout": "Acne breakout or inflamed spots",
  rosacea: "Rosacea",
  sensitive: "Sensitive skin",
  infection:
    "Infection of the face, head, eyes or skin (cold sore, shingles, conjunctivitis, cellulitis)",
  "blood-clot": "Known or suspected blood clot",
  "heart-failure": "Heart failure that is not under control",
  "unexplained-swelling": "Facial swelling without a known cause",
  "cancer-treatment": "Cancer under active treatment",
  thyroid: "Thyroid disease",
  carotid: "Carotid sensitivity",
  arrhythmia: "Irregular heartbeat",
  "blood-thinners": "Taking blood thinners",
  "bleeding-disorder": "Bleeding disorder",
  sunburn: "Sunburn or broken skin",
};
