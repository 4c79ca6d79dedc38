import { type Adjustment, FACE_ZONES, FINGERS_ONLY, noToolsOn, zoneNames } from "./adjustment.ts";
import type { SafetyProfile } from "./profile.ts";

/** Answers about a patch of skin: the person marks the areas, the screen leaves them out. */
export type AreaCondition = "acne-breakout" | "sunburn" | "changing-mole" | "eczema-flare";

const AREA_WHY: Readonly<Record<AreaCondition, string>> = {
  "acne-breakout": "You noted a breakout. Rubbing can make acne worse",
  sunburn: "You noted sunburn or broken skin. Massage can hurt damaged skin and slow its healing",
  "changing-mole":
    "You noted a new or changing mole or spot. Leave it alone until a dermatologist has seen it, and show it to one soon if it is new, changing, itching or bleeding",
  "eczema-flare": "Your eczema or dermatitis is flaring, and rubbing irritates it",
};

/**
 * A patch the person marks (skip zones): left out when marked. Unmarked, nothing is left out, but
 * no roller or stone touches the face that day, since it could pass over the patch.
 */
export function areaRule(profile: SafetyProfile, code: AreaCondition): Adjustment {
  const skipped = profile.skipZones;
  const todo =
    skipped.length > 0
      ? `so we leave out the areas you marked (${zoneNames(skipped)}). Mark any other affected area to skip it too.`
      : "so mark the affected areas to skip them; we have not left anything out yet. Until you do, no roller or gua sha stone touches your face today.";
  const base: Adjustment = {
    reason: { code, message: `${AREA_WHY[code]}, ${todo}` },
    ...(skipped.length > 0 ? {} : { zoneBannedTools: noToolsOn(FACE_ZONES) }),
  };
  if (code !== "eczema-flare") return base;
  return {
    ...base,
    reason: {
      code,
      message: `${base.reason.message} Everywhere else we keep to the lightest pressure, fingers only. Use a plain, fragrance-free medium with no essential oils. If the flare covers most of your face, skip the massage until it settles; painful blisters that spread, with a fever, need urgent care the same day. Ask your GP or dermatologist about the flare.`,
    },
    pressureCap: 1,
    ...FINGERS_ONLY,
  };
}

/** Rosacea: light pressure, feather-light on the cheeks and nose, fingers only (section 5). */
export function rosaceaRule(): Adjustment {
  return {
    reason: {
      code: "rosacea",
      message:
        "With rosacea we keep every stroke gentle: light pressure, feather-light on the cheeks and beside the nose, fingers only, no pinching or tapping. Stop if your skin starts to flush.",
    },
    pressureCap: 2,
    zonePressureCaps: { cheeks: 1, "nose-sides": 1 },
    bannedTools: FINGERS_ONLY.bannedTools,
    bannedTechniques: ["pinch", "tap", ...FINGERS_ONLY.bannedTechniques],
  };
}

/** Sensitive skin: as rosacea, except that a roller may glide at the lightest touch. */
export function sensitiveRule(): Adjustment {
  return {
    reason: {
      code: "sensitive",
      message:
        "With sensitive skin we keep every stroke gentle: light pressure, feather-light on the cheeks and beside the nose, no pinching or tapping, and no gua sha stone. A roller is fine at the lightest touch. Stop if your skin starts to flush or sting.",
    },
    pressureCap: 2,
    zonePressureCaps: { cheeks: 1, "nose-sides": 1 },
    bannedTools: ["gua-sha"],
    bannedTechniques: ["pinch", "tap", "gua-sha"],
    toolPressureCaps: { roller: 1 },
  };
}

/** Isotretinoin now or in the last six months: dry skin that reacts to friction (section 5b). */
export function isotretinoinRule(): Adjustment {
  return {
    reason: {
      code: "isotretinoin",
      message:
        "You take isotretinoin, or stopped less than six months ago. It leaves the skin dry and quick to react to rubbing, so we keep to fingers and light pressure, with no pinching or kneading and no roller or gua sha. Use more medium than usual, mark any cracked or peeling area to skip it, and stop if it stings. Ask the dermatologist who prescribed it if you are unsure.",
    },
    pressureCap: 2,
    bannedTools: FINGERS_ONLY.bannedTools,
    bannedTechniques: ["pinch", "kneading", ...FINGERS_ONLY.bannedTechniques],
  };
}

/** The first four weeks of a retinoid: thinner outer skin while it adapts (section 5b). */
export function newRetinoidRule(): Adjustment {
  return {
    reason: {
      code: "new-retinoid",
      message:
        "You started a retinoid in the last four weeks. While skin gets used to it, its outer layer is thinner, so we leave out the gua sha stone and keep a roller to the lightest touch. Never use the retinoid as your massage medium: it goes on after the massage, on dry skin. After the first four weeks, still no gua sha on skin that is red or peeling. Ask whoever prescribed it if you are unsure.",
    },
    bannedTools: ["gua-sha"],
    bannedTechniques: ["gua-sha"],
    toolPressureCaps: { roller: 1 },
  };
}
