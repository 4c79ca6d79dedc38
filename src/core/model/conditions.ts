/**
 * Health and skin notes a person can give. Each one is screened by `safety/screen.ts`
 * (sections 5 and 5b of the domain notes). The codes are part of the public contract.
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
  "isotretinoin",
  "new-retinoid",
  "head-neck-lymphedema",
  "changing-mole",
  "fever",
  "eczema-flare",
  "migraine-now",
  "trigeminal-neuralgia",
  "tmj",
  "pregnant",
  "throat-swelling",
] as const;

/** One of {@link CONDITIONS}; each is named to a person by the message `condition.<id>.name`. */
export type Condition = (typeof CONDITIONS)[number];
