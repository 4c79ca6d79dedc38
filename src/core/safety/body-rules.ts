import type { Translate } from "../i18n/translate.ts";
import type { ZoneId } from "../model/zones.ts";
import { type Adjustment, FACE_ZONES } from "./adjustment.ts";
import type { SafetyProfile } from "./profile.ts";

/** Age above which the neck is left to collarbone circles (domain notes, section 5). */
export const NECK_CAUTION_AGE = 60;

/**
 * Thyroid disease, carotid sensitivity, an irregular heartbeat or age over 60 keep the front and
 * sides of the neck out; a doctor's clearance lifts that, and the plan says so.
 */
export function neckRule(profile: SafetyProfile, t: Translate): Adjustment | undefined {
  const causes: string[] = [];
  if (profile.conditions.includes("thyroid")) causes.push(t("reason.neck.cause.thyroid"));
  if (profile.conditions.includes("carotid")) causes.push(t("reason.neck.cause.carotid"));
  if (profile.conditions.includes("arrhythmia")) causes.push(t("reason.neck.cause.arrhythmia"));
  if (profile.age !== undefined && profile.age > NECK_CAUTION_AGE)
    causes.push(t("reason.neck.cause.age", { age: NECK_CAUTION_AGE }));
  const [first, ...more] = causes;
  if (first === undefined) return undefined;
  const all = more.reduce(
    (joined, second) => t("reason.neck.causes", { first: joined, second }),
    first,
  );
  if (profile.neckCleared === true) {
    return { reason: { code: "neck-cleared", message: t("reason.neck-cleared", { causes: all }) } };
  }
  const excluded: readonly ZoneId[] = ["neck-sides"];
  return {
    reason: {
      code: "neck-caution",
      zones: excluded,
      message: t("reason.neck-caution", { causes: all }),
    },
    excludedZones: excluded,
  };
}

/** Blood thinners, low platelets or a bleeding disorder: nothing forceful (sections 5 and 5b). */
export function bleedingRule(
  code: "blood-thinners" | "bleeding-disorder",
  t: Translate,
): Adjustment {
  return {
    reason: { code, message: t(`reason.${code}`) },
    pressureCap: 2,
    bannedTools: ["gua-sha"],
    // Pressure points stay: under the cap of 2 they are never the firm kind the notes rule out.
    bannedTechniques: ["kneading", "pinch", "gua-sha"],
    toolPressureCaps: { roller: 1 },
  };
}

/** A jaw joint disorder: jaw-muscle self-massage stays, gently (section 5b). */
export function tmjRule(t: Translate): Adjustment {
  return {
    reason: {
      code: "tmj",
      message: t("reason.tmj"),
    },
    zonePressureCaps: { masseter: 2, temples: 2 },
  };
}

/** Trigeminal neuralgia: touch can set off attacks, and plans work both sides at once. */
export function trigeminalRule(t: Translate): Adjustment {
  return {
    reason: {
      code: "trigeminal-neuralgia",
      zones: FACE_ZONES,
      message: t("reason.trigeminal-neuralgia"),
    },
    excludedZones: FACE_ZONES,
  };
}

/** Pregnancy: massage is allowed; what to keep out of the medium and which signs are urgent. */
export function pregnancyRule(t: Translate): Adjustment {
  return {
    reason: {
      code: "pregnant",
      message: t("reason.pregnant"),
    },
  };
}
