import type { Condition } from "../../core/model/conditions.ts";

/** A group of health or skin questions in plain words, in the order the screen weighs them. */
export interface QuestionGroup {
  readonly legend: string;
  readonly hint?: string;
  readonly questions: readonly (readonly [Condition, string])[];
}

/** What onboarding asks, grouped: skin, what is happening now, medicines, and health. */
export const QUESTION_GROUPS: readonly QuestionGroup[] = [
  {
    legend: "Your skin",
    questions: [
      ["acne-breakout", "Acne-prone, or breaking out"],
      ["rosacea", "Rosacea"],
      ["sensitive", "Sensitive skin"],
      ["eczema-flare", "Eczema or dermatitis flaring on the face"],
      ["changing-mole", "A new or changing mole or spot on the face or neck"],
    ],
  },
  {
    legend: "Right now",
    hint: "Answers here usually pass; untick them when they do.",
    questions: [
      ["throat-swelling", "Swelling of the lips, tongue or throat"],
      [
        "infection",
        "An infection on the face, head, eyes or skin right now (cold sore, shingles, pink eye, cellulitis)",
      ],
      ["fever", "A fever, flu, or feeling unwell"],
      ["migraine-now", "A migraine attack"],
      ["unexplained-swelling", "Swelling of the face and you don't know why"],
    ],
  },
  {
    legend: "Medicines",
    questions: [
      ["blood-thinners", "Taking blood thinners, or told you have low platelets"],
      ["isotretinoin", "Taking isotretinoin (for acne), or stopped less than 6 months ago"],
      ["new-retinoid", "Started a retinoid (retinol, tretinoin, adapalene) in the last 4 weeks"],
    ],
  },
  {
    legend: "Your health",
    questions: [
      ["blood-clot", "A blood clot, known or suspected"],
      ["heart-failure", "Heart failure that is not under control"],
      ["cancer-treatment", "Being treated for cancer"],
      [
        "head-neck-lymphedema",
        "Lymphedema in the head or neck, or lymph nodes there removed or treated with radiation",
      ],
      ["thyroid", "A thyroid condition"],
      ["carotid", "Sensitive neck arteries (carotid), e.g. fainting when the neck is pressed"],
      ["arrhythmia", "An irregular heartbeat"],
      ["bleeding-disorder", "A bleeding disorder"],
      ["pregnant", "Pregnant"],
      ["trigeminal-neuralgia", "Trigeminal neuralgia (sudden stabbing face pain)"],
      ["tmj", "Jaw joint problems (TMJ): pain, clicking or locking"],
    ],
  },
];

/** Answers that make the neck caution apply, which a doctor's clearance can lift. */
export const NECK_CAUTIONS: readonly Condition[] = ["thyroid", "carotid", "arrhythmia"];
