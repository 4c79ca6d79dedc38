import type { Translate } from "../i18n/translate.ts";
import { type Adjustment, FACE_ZONES, FINGERS_ONLY, noToolsOn, zoneNames } from "./adjustment.ts";
import type { SafetyProfile } from "./profile.ts";

/** Answers about a patch of skin: the person marks the areas, the screen leaves them out. */
export type AreaCondition = "acne-breakout" | "sunburn" | "changing-mole" | "eczema-flare";

/**
 * A patch the person marks (skip zones): left out when marked. Unmarked, nothing is left out, but
 * no roller or stone touches the face that day, since it could pass over the patch.
 */
export function areaRule(profile: SafetyProfile, code: AreaCondition, t: Translate): Adjustment {
  const skipped = profile.skipZones;
  const why = t(`reason.area.${code}.why`);
  const message =
    skipped.length > 0
      ? t("reason.area.skipped", { why, zones: zoneNames(skipped, t) })
      : t("reason.area.unmarked", { why });
  const base: Adjustment = {
    reason: { code, message },
    ...(skipped.length > 0 ? {} : { zoneBannedTools: noToolsOn(FACE_ZONES) }),
  };
  if (code !== "eczema-flare") return base;
  return {
    ...base,
    reason: { code, message: `${message} ${t("reason.area.eczema-flare.more")}` },
    pressureCap: 1,
    ...FINGERS_ONLY,
  };
}

/** Rosacea: light pressure, feather-light on the cheeks and nose, fingers only (section 5). */
export function rosaceaRule(t: Translate): Adjustment {
  return {
    reason: {
      code: "rosacea",
      message: t("reason.rosacea"),
    },
    pressureCap: 2,
    zonePressureCaps: { cheeks: 1, "nose-sides": 1 },
    bannedTools: FINGERS_ONLY.bannedTools,
    bannedTechniques: ["pinch", "tap", ...FINGERS_ONLY.bannedTechniques],
  };
}

/** Sensitive skin: as rosacea, except that a roller may glide at the lightest touch. */
export function sensitiveRule(t: Translate): Adjustment {
  return {
    reason: {
      code: "sensitive",
      message: t("reason.sensitive"),
    },
    pressureCap: 2,
    zonePressureCaps: { cheeks: 1, "nose-sides": 1 },
    bannedTools: ["gua-sha"],
    bannedTechniques: ["pinch", "tap", "gua-sha"],
    toolPressureCaps: { roller: 1 },
  };
}

/** Isotretinoin now or in the last six months: dry skin that reacts to friction (section 5b). */
export function isotretinoinRule(t: Translate): Adjustment {
  return {
    reason: {
      code: "isotretinoin",
      message: t("reason.isotretinoin"),
    },
    pressureCap: 2,
    bannedTools: FINGERS_ONLY.bannedTools,
    bannedTechniques: ["pinch", "kneading", ...FINGERS_ONLY.bannedTechniques],
  };
}

/** The first four weeks of a retinoid: thinner outer skin while it adapts (section 5b). */
export function newRetinoidRule(t: Translate): Adjustment {
  return {
    reason: {
      code: "new-retinoid",
      message: t("reason.new-retinoid"),
    },
    bannedTools: ["gua-sha"],
    bannedTechniques: ["gua-sha"],
    toolPressureCaps: { roller: 1 },
  };
}
