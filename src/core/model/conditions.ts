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
  "blood-thinners": "Taking blood thinners, or low platelets",
  "bleeding-disorder": "Bleeding disorder",
  sunburn: "Sunburn or broken skin",
  isotretinoin: "Taking isotretinoin, or stopped less than 6 months ago",
  "new-retinoid": "Started a retinoid cream or serum in the last 4 weeks",
  "head-neck-lymphedema": "Lymphedema, or lymph nodes removed or irradiated, in the head or neck",
  "changing-mole": "A new or changing mole or spot on the face or neck",
  fever: "Fever, flu, or feeling unwell",
  "eczema-flare": "Eczema or dermatitis flaring on the face",
  "migraine-now": "A migraine attack right now",
  "trigeminal-neuralgia": "Trigeminal neuralgia",
  tmj: "Jaw joint problems (TMJ disorder)",
  pregnant: "Pregnant",
  "throat-swelling": "Swelling of the lips, tongue or throat right now",
};
