import type { ClaimId } from "../core/evidence/claims.ts";

/**
 * The claims rule, in one place (see src/content/README.md):
 *
 * 1. A sentence that talks about a benefit in the catalog (a *topic* below) must sit in a block
 *    that carries that claim's marker, `[claim:<id>]`; the marker renders as the grade badge
 *    linking to the evidence page.
 * 2. The sentence may not say it more strongly than the claim's weakest grade allows:
 *    B: no absolutes ("proven", "guaranteed", "dramatic", "permanent", "clinically");
 *    C: also needs a hedge ("may", "might", "untested", "no study", "some trials", …);
 *    D: needs a negation or an attribution ("not", "no", "never", "nothing", "claims", "sold as").
 * 3. A benefit the catalog does not have (`UNLISTED_BENEFITS`) fails unless the sentence negates it.
 */
export const CLAIM_TOPICS: Readonly<Record<ClaimId, RegExp>> = {
  circulation: /\b(circulation|blood flow|blood to the skin)\b/i,
  puffiness: /\b(puff(y|iness|ed)?|de-?puff(ing|s)?|swelling|swollen)\b/i,
  absorption: /\b(absorb(s|ed|ing)?|absorption|penetrat\w*|soak(s|ing)? in|sink(s|ing)? in)\b/i,
  collagen:
    /\b(collagen|elastin|elasticity|firmer skin|sagging|lift(s|ed|ing)? (the|your) (face|skin))\b/i,
  stress: /\b(stress(ed)?|anxi(ety|ous)|mood|calm(er|ing)?|relax(ed|es|ing|ation)?|unwind\w*)\b/i,
  cortisol: /\b(cortisol|stress hormones?)\b/i,
  "breakouts-aging":
    /\b(breakouts?|acne|anti-?aging|ag(e|ing) (more )?slow\w*|slow(er|s)? (the )?aging|wrinkles?|fine lines|younger)\b/i,
  toxins: /\b(toxins?|detox\w*|impurities|flush(es|ing)? (out )?waste)\b/i,
};

/**
 * Safety sentences name acne, swelling or stress without claiming anything ("skip inflamed
 * areas", "facial swelling of unknown cause"). A sentence is about a benefit only when a topic
 * word stands near a benefit word; these are the benefit words.
 */
export const BENEFIT_WORDS =
  /\b(improv\w*|boost\w*|increas\w*|rais\w*|reduc\w*|less|lower\w*|fewer|help\w*|benefit\w*|build\w*|stimulat\w*|remov\w*|clear\w*|prevent\w*|fight\w*|eas(e|es|ed|ing)|better|rise|rose|drain\w*|flush\w*|firm\w*|tighten\w*|lift\w*|gains?|effects?|sped|speed\w*|smooth\w*|glow\w*)\b/i;

/** Words that make a sentence a denial or a report of what others say, not our claim. */
export const NEGATIONS =
  /\b(no|not|never|nothing|none|nor|without|cannot|can't|don't|doesn't|isn't|aren't|won't|didn't|unsupported|unproven|myth|claims?|claimed|promis\w*|sold|advertis\w*|marketing|against)\b|n't\b/i;

/** Words that mark a claim as uncertain. */
export const HEDGES =
  /\b(may|might|could|possibly|perhaps|plausibl\w*|untested|unstudied|not (been )?(tested|studied)|no study|some (trials|studies|people)|small|early|unclear|unknown|uncertain|preliminary|in theory|feel)\b/i;

/** Words that overstate anything short of grade A. */
export const ABSOLUTES =
  /\b(proven|proves?|guarantee\w*|dramatic\w*|permanent\w*|clinically|scientifically|definitely|always works|miracle|instantly|forever|cures?)\b/i;

/** Benefits the catalog does not grade at all: stated as fact, they fail the build. */
export const UNLISTED_BENEFITS: readonly { readonly label: string; readonly pattern: RegExp }[] = [
  {
    label: "face slimming or fat loss",
    pattern:
      /\b(slim\w*|melt\w*|burn\w*|los(e|es|ing)) (the )?(face |facial )?fat\b|\bdouble chin\b|\bslimmer face\b/i,
  },
  {
    label: "sculpting or lifting the face",
    pattern: /\b(sculpt\w*|contour\w* the|tighten\w* (the |your )?(skin|face|jaw))\b/i,
  },
  {
    label: "curing or healing",
    pattern:
      /\b(cures?|heals?|treats?) (acne|rosacea|headaches?|migraines?|tmj|wrinkles|disease)\b/i,
  },
  { label: "boosting the immune system", pattern: /\bimmun(e|ity)\b/i },
];

/** Stronger grade first; a split grade ("B/C") is held to its weaker part. */
export const STRICTNESS = { A: 0, B: 1, C: 2, D: 3 } as const;

/** One language's word lists for the claims rule (the constants above are English's). */
export interface ClaimRules {
  readonly topics: Readonly<Record<ClaimId, RegExp>>;
  readonly benefitWords: RegExp;
  /**
   * Everyday phrases blanked out (a global pattern) before benefit words are looked for, where a
   * benefit word is part of a phrase that says nothing of a benefit ("al menos", at least).
   */
  readonly notBenefits?: RegExp;
  readonly negations: RegExp;
  readonly hedges: RegExp;
  readonly absolutes: RegExp;
  readonly unlisted: readonly { readonly label: string; readonly pattern: RegExp }[];
}

/** The English guides' rules. */
export const ENGLISH_RULES: ClaimRules = {
  topics: CLAIM_TOPICS,
  benefitWords: BENEFIT_WORDS,
  negations: NEGATIONS,
  hedges: HEDGES,
  absolutes: ABSOLUTES,
  unlisted: UNLISTED_BENEFITS,
};
