import type { ClaimId } from "../core/evidence/claims.ts";
import { PER_LINE, type TechniqueId } from "../core/model/techniques.ts";
import { ZONE_LINES } from "../core/model/zone-lines.ts";
import type { Translator, WebMessageId } from "../i18n/message-ids.ts";

/** A benefit a technique page names, tied to the catalog claim whose grade it shows. */
export interface TechniqueBenefit {
  readonly claim: ClaimId;
  readonly text: string;
}

/** The teaching text of a technique page, in one language; numbers come from the core model. */
export interface TechniqueText {
  /** What the movement is for, in one or two sentences, with no benefit claimed. */
  readonly purpose: string;
  readonly benefits: readonly TechniqueBenefit[];
  readonly steps: readonly string[];
  readonly avoid: readonly string[];
}

/** What a technique page's text is made of; its words are in the web catalogs. */
interface TextShape {
  /** The claims its benefit sentences are about, in the order the page lists them. */
  readonly benefits: readonly ClaimId[];
  readonly steps: number;
  readonly avoid: number;
}

/**
 * Every technique page's text, by the catalog ids of its parts: `learn.technique.<id>.purpose`,
 * `.benefit.<claim>`, `.step.<n>` and `.avoid.<n>` (from 1). A translation holds the same parts,
 * so its benefits carry the same grades; every language's benefit sentences are held to the
 * claims rule in that language (technique-texts.test.ts).
 */
export const TECHNIQUE_TEXT_SHAPES: Readonly<Record<TechniqueId, TextShape>> = {
  strokes: { benefits: ["circulation", "puffiness"], steps: 4, avoid: 3 },
  "small-circles": { benefits: ["stress"], steps: 3, avoid: 2 },
  "stationary-circles": { benefits: ["puffiness"], steps: 3, avoid: 2 },
  pinch: { benefits: ["stress"], steps: 3, avoid: 3 },
  tap: { benefits: ["puffiness"], steps: 3, avoid: 3 },
  "pressure-points": { benefits: ["stress"], steps: 3, avoid: 2 },
  kneading: { benefits: ["stress"], steps: 3, avoid: 2 },
  roller: { benefits: ["circulation", "collagen"], steps: 5, avoid: 3 },
  "gua-sha": { benefits: ["circulation"], steps: 4, avoid: 3 },
};

/** The catalog id of one part of a technique's text (every one exists: see the test). */
const part = (id: TechniqueId, rest: string) => `learn.technique.${id}.${rest}` as WebMessageId;

const count = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * A technique page's text in `t`'s language. A step may say how many passes a tool makes along
 * a line (`{min}`, `{max}`, from the core model) and name the cheek's lines (`{lines}`).
 */
export function techniqueText(id: TechniqueId, t: Translator): TechniqueText {
  const shape = TECHNIQUE_TEXT_SHAPES[id];
  const perLine = id === "roller" || id === "gua-sha" ? PER_LINE[id] : undefined;
  const values = {
    min: perLine?.min ?? 0,
    max: perLine?.max ?? 0,
    lines: ZONE_LINES.cheeks.map((line) => t(line)).join("; "),
  };
  return {
    purpose: t(part(id, "purpose")),
    benefits: shape.benefits.map((claim) => ({ claim, text: t(part(id, `benefit.${claim}`)) })),
    steps: count(shape.steps).map((n) => t(part(id, `step.${n}`), values)),
    avoid: count(shape.avoid).map((n) => t(part(id, `avoid.${n}`))),
  };
}
