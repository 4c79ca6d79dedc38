import type { Adjustment } from "./adjustment.ts";
import { bleedingRule, neckRule, pregnancyRule, tmjRule, trigeminalRule } from "./body-rules.ts";
import type { SafetyProfile } from "./profile.ts";
import {
  type AreaCondition,
  areaRule,
  isotretinoinRule,
  newRetinoidRule,
  rosaceaRule,
  sensitiveRule,
} from "./skin-rules.ts";

const AREAS: readonly AreaCondition[] = [
  "acne-breakout",
  "sunburn",
  "changing-mole",
  "eczema-flare",
];

/**
 * The adjustments for this profile's answers, except injectables and procedures (see
 * `injectables.ts` and `procedures.ts`), in a fixed order: skin first, then the body.
 */
export function adjustments(profile: SafetyProfile): readonly Adjustment[] {
  const has = (c: SafetyProfile["conditions"][number]): boolean => profile.conditions.includes(c);
  const found: Adjustment[] = AREAS.filter(has).map((code) => areaRule(profile, code));
  if (has("rosacea")) found.push(rosaceaRule());
  if (has("sensitive")) found.push(sensitiveRule());
  if (has("isotretinoin")) found.push(isotretinoinRule());
  if (has("new-retinoid")) found.push(newRetinoidRule());
  const neck = neckRule(profile);
  if (neck !== undefined) found.push(neck);
  if (has("blood-thinners")) found.push(bleedingRule("blood-thinners"));
  if (has("bleeding-disorder")) found.push(bleedingRule("bleeding-disorder"));
  if (has("tmj")) found.push(tmjRule());
  if (has("trigeminal-neuralgia")) found.push(trigeminalRule());
  // Pregnancy with unexplained swelling is a stop (stop-rules.ts); alone it is advice.
  if (has("pregnant") && !has("unexplained-swelling")) found.push(pregnancyRule());
  return found;
}
