import { CLAIM_IDS, CLAIMS, type ClaimId } from "../core/evidence/claims.ts";
import type { Locale } from "../core/i18n/locales.ts";
import { type ClaimRules, ENGLISH_RULES, STRICTNESS } from "./claim-rules.ts";
import { GERMAN_RULES } from "./claim-rules-de.ts";
import { SPANISH_RULES } from "./claim-rules-es.ts";
import { sentences, textBlocks } from "./text-blocks.ts";

/** One place where a guide claims more than the evidence allows. */
export interface ClaimProblem {
  readonly line: number;
  readonly message: string;
}

/** Each language's word lists: a guide is checked with those of the language it is written in. */
export const CLAIM_RULES: Readonly<Record<Locale, ClaimRules>> = {
  en: ENGLISH_RULES,
  es: SPANISH_RULES,
  de: GERMAN_RULES,
};

const markerPattern = /\[claim:([a-z-]+)\]/g;

/** The weaker part of a claim's grade, which its wording must respect. */
function strictness(id: ClaimId): number {
  const claim = CLAIMS[id];
  return Math.max(STRICTNESS[claim.grade], claim.also ? STRICTNESS[claim.also.grade] : 0);
}

function wordingProblem(id: ClaimId, sentence: string, rules: ClaimRules): string | null {
  const level = strictness(id);
  const label = CLAIMS[id].label;
  if (level >= 1 && rules.absolutes.test(sentence)) return `overstates a grade ${label} claim`;
  const negated = rules.negations.test(sentence);
  if (level === 2 && !negated && !rules.hedges.test(sentence))
    return `states a grade ${label} claim as fact (say it may help, or that it is untested)`;
  if (level === 3 && !negated)
    return `states a grade ${label} claim as fact (the evidence is against it or absent)`;
  return null;
}

/**
 * Checks a guide's Markdown, written in `locale`, against the evidence catalog (rules in
 * claim-rules.ts, word lists per language). Returns every problem, each with its line, so one
 * build run lists them all; the messages are for the writer, in English.
 */
export function checkClaims(markdown: string, locale: Locale = "en"): ClaimProblem[] {
  const rules = CLAIM_RULES[locale];
  const problems: ClaimProblem[] = [];
  for (const block of textBlocks(markdown)) {
    const marked = new Set<string>();
    for (const m of block.source.matchAll(markerPattern)) {
      const id = m[1] ?? "";
      if (!(CLAIM_IDS as readonly string[]).includes(id)) {
        problems.push({ line: block.line, message: `unknown claim marker [claim:${id}]` });
      }
      marked.add(id);
    }
    for (const sentence of sentences(block.text)) {
      const quoted = `"${sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence}"`;
      for (const { label, pattern } of rules.unlisted) {
        if (pattern.test(sentence) && !rules.negations.test(sentence)) {
          problems.push({
            line: block.line,
            message: `${quoted} claims ${label}, which the evidence catalog does not support`,
          });
        }
      }
      const unblanked = rules.notBenefits ? sentence.replace(rules.notBenefits, " ") : sentence;
      if (!rules.benefitWords.test(unblanked)) continue;
      for (const id of CLAIM_IDS) {
        if (!rules.topics[id].test(sentence)) continue;
        if (!marked.has(id) && !block.heading) {
          problems.push({
            line: block.line,
            message: `${quoted} states a benefit (${id}) without its marker [claim:${id}]`,
          });
        }
        const wording = wordingProblem(id, sentence, rules);
        if (wording) problems.push({ line: block.line, message: `${quoted} ${wording}` });
      }
    }
  }
  return problems;
}
