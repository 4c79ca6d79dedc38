import { CLAIM_IDS, CLAIMS, type ClaimId } from "../core/evidence/claims.ts";
import {
  ABSOLUTES,
  BENEFIT_WORDS,
  CLAIM_TOPICS,
  HEDGES,
  NEGATIONS,
  STRICTNESS,
  UNLISTED_BENEFITS,
} from "./claim-rules.ts";
import { sentences, textBlocks } from "./text-blocks.ts";

/** One place where a guide claims more than the evidence allows. */
export interface ClaimProblem {
  readonly line: number;
  readonly message: string;
}

const markerPattern = /\[claim:([a-z-]+)\]/g;

/** The weaker part of a claim's grade, which its wording must respect. */
function strictness(id: ClaimId): number {
  const claim = CLAIMS[id];
  return Math.max(STRICTNESS[claim.grade], claim.also ? STRICTNESS[claim.also.grade] : 0);
}

function wordingProblem(id: ClaimId, sentence: string): string | null {
  const level = strictness(id);
  const label = CLAIMS[id].label;
  if (level >= 1 && ABSOLUTES.test(sentence)) return `overstates a grade ${label} claim`;
  const negated = NEGATIONS.test(sentence);
  if (level === 2 && !negated && !HEDGES.test(sentence))
    return `states a grade ${label} claim as fact (say it may help, or that it is untested)`;
  if (level === 3 && !negated)
    return `states a grade ${label} claim as fact (the evidence is against it or absent)`;
  return null;
}

/**
 * Checks a guide's Markdown against the evidence catalog (rules in claim-rules.ts). Returns every
 * problem, each with its line, so one build run lists them all.
 */
export function checkClaims(markdown: string): ClaimProblem[] {
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
      for (const { label, pattern } of UNLISTED_BENEFITS) {
        if (pattern.test(sentence) && !NEGATIONS.test(sentence)) {
          problems.push({
            line: block.line,
            message: `${quoted} claims ${label}, which the evidence catalog does not support`,
          });
        }
      }
      if (!BENEFIT_WORDS.test(sentence)) continue;
      for (const id of CLAIM_IDS) {
        if (!CLAIM_TOPICS[id].test(sentence)) continue;
        if (!marked.has(id) && !block.heading) {
          problems.push({
            line: block.line,
            message: `${quoted} states a benefit (${id}) without its marker [claim:${id}]`,
          });
        }
        const wording = wordingProblem(id, sentence);
        if (wording) problems.push({ line: block.line, message: `${quoted} ${wording}` });
      }
    }
  }
  return problems;
}
