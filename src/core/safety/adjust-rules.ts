import type { Translate } from "../i18n/translate.ts";
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
export function adjustments(profile: SafetyProfile, t: Translate): readonly Adjustment[] {
  const has = (c: SafetyProfile["conditions"][number]): boolean => profile.conditions.includes(c);
  const found: Adjustment[] = AREAS.filter(has).map((code) => areaRule(profile, code, t));
  if (has("rosacea")) found.push(rosaceaRule(t));
  if (has("sensitive")) found.push(sensitiveRule(t));
  if (has("isotretinoin")) found.push(isotretinoinRule(t));
  if (has("new-retinoid")) found.push(newRetinoidRule(t));
  const neck = neckRule(profile, t);
  if (neck !== undefined) found.push(neck);
  if (has("blood-thinners")) found.push(bleedingRule("blood-thinners", t));
  if (has("bleeding-disorder")) found.push(bleedingRule("bleeding-disorder", t));
  if (has("tmj")) found.push(tmjRule(t));
  if (has("trigeminal-neuralgia")) found.push(trigeminalRule(t));
  // Pregnancy with unexplained swelling is a stop (stop-rules.ts); alone it is advice.
  if (has("pregnant") && !has("unexplained-swelling")) found.push(pregnancyRule(t));
  return found;
}
