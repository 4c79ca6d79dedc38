import type { Condition } from "../../core/model/conditions.ts";
import type { WebMessageId } from "../../i18n/message-ids.ts";

/**
 * A group of health or skin questions, in the order the screen weighs them; each question's
 * words are `welcome.health.q.<condition>`.
 */
export interface QuestionGroup {
  readonly legend: WebMessageId;
  readonly hint?: WebMessageId;
  readonly questions: readonly AskedCondition[];
}

/** The answers onboarding asks about (each has its words in the catalogs). */
export type AskedCondition = Extract<
  Condition,
  | "acne-breakout"
  | "rosacea"
  | "sensitive"
  | "eczema-flare"
  | "changing-mole"
  | "throat-swelling"
  | "infection"
  | "fever"
  | "migraine-now"
  | "unexplained-swelling"
  | "blood-thinners"
  | "isotretinoin"
  | "new-retinoid"
  | "blood-clot"
  | "heart-failure"
  | "cancer-treatment"
  | "head-neck-lymphedema"
  | "thyroid"
  | "carotid"
  | "arrhythmia"
  | "bleeding-disorder"
  | "pregnant"
  | "trigeminal-neuralgia"
  | "tmj"
>;

/** What onboarding asks, grouped: skin, what is happening now, medicines, and health. */
export const QUESTION_GROUPS: readonly QuestionGroup[] = [
  {
    legend: "welcome.health.group.skin",
    questions: ["acne-breakout", "rosacea", "sensitive", "eczema-flare", "changing-mole"],
  },
  {
    legend: "welcome.health.group.now",
    hint: "welcome.health.group.now-hint",
    questions: ["throat-swelling", "infection", "fever", "migraine-now", "unexplained-swelling"],
  },
  {
    legend: "welcome.health.group.medicines",
    questions: ["blood-thinners", "isotretinoin", "new-retinoid"],
  },
  {
    legend: "welcome.health.group.health",
    questions: [
      "blood-clot",
      "heart-failure",
      "cancer-treatment",
      "head-neck-lymphedema",
      "thyroid",
      "carotid",
      "arrhythmia",
      "bleeding-disorder",
      "pregnant",
      "trigeminal-neuralgia",
      "tmj",
    ],
  },
];

/** Answers that make the neck caution apply, which a doctor's clearance can lift. */
export const NECK_CAUTIONS: readonly Condition[] = ["thyroid", "carotid", "arrhythmia"];
