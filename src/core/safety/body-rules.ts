import type { ZoneId } from "../model/zones.ts";
import { type Adjustment, FACE_ZONES } from "./adjustment.ts";
import type { SafetyProfile } from "./profile.ts";

/** Age above which the neck is left to collarbone circles (domain notes, section 5). */
export const NECK_CAUTION_AGE = 60;

/**
 * Thyroid disease, carotid sensitivity, an irregular heartbeat or age over 60 keep the front and
 * sides of the neck out; a doctor's clearance lifts that, and the plan says so.
 */
export function neckRule(profile: SafetyProfile): Adjustment | undefined {
  const causes: string[] = [];
  if (profile.conditions.includes("thyroid")) causes.push("thyroid disease");
  if (profile.conditions.includes("carotid")) causes.push("carotid sensitivity");
  if (profile.conditions.includes("arrhythmia")) causes.push("an irregular heartbeat");
  if (profile.age !== undefined && profile.age > NECK_CAUTION_AGE)
    causes.push(`being over ${NECK_CAUTION_AGE}`);
  if (causes.length === 0) return undefined;
  if (profile.neckCleared === true) {
    return {
      reason: {
        code: "neck-cleared",
        message: `You said your doctor cleared neck work despite ${causes.join(" and ")}, so the sides of the neck stay in, at the lightest pressure as always. Never press on the pulse or the front of the throat, and stop if you feel dizzy or faint or your heartbeat changes.`,
      },
    };
  }
  const excluded: readonly ZoneId[] = ["neck-sides"];
  return {
    reason: {
      code: "neck-caution",
      zones: excluded,
      message: `Because of ${causes.join(" and ")}, we leave out the front and sides of the neck and keep only gentle circles at the collarbone: pressure there can affect the thyroid and the large arteries of the neck. Ask your doctor before adding neck work; if they clear you, say so in your answers and the neck comes back.`,
    },
    excludedZones: excluded,
  };
}

/** Blood thinners, low platelets or a bleeding disorder: nothing forceful (sections 5 and 5b). */
export function bleedingRule(code: "blood-thinners" | "bleeding-disorder"): Adjustment {
  const [what, whom] =
    code === "blood-thinners"
      ? ["You take blood thinners or have low platelets", "the doctor who prescribes them"]
      : ["You have a bleeding disorder", "your doctor"];
  return {
    reason: {
      code,
      message: `${what}, so you bruise more easily. We keep the pressure light everywhere, so pressure points stay gentle, leave out kneading, pinching and the gua sha stone, and keep a roller to the lightest touch. Stop if a bruise appears, and ask ${whom} if you are unsure.`,
    },
    pressureCap: 2,
    bannedTools: ["gua-sha"],
    // Pressure points stay: under the cap of 2 they are never the firm kind the notes rule out.
    bannedTechniques: ["kneading", "pinch", "gua-sha"],
    toolPressureCaps: { roller: 1 },
  };
}

/** A jaw joint disorder: jaw-muscle self-massage stays, gently (section 5b). */
export function tmjRule(): Adjustment {
  return {
    reason: {
      code: "tmj",
      message:
        "With a jaw joint problem we keep the jaw muscle and the temples, which jaw self-care often includes, but at light pressure. Keep your mouth relaxed and nearly closed: no pulling on the jaw and no wide opening. Stop if pain, clicking or locking gets worse, and ask your dentist or physiotherapist which movements suit you.",
    },
    zonePressureCaps: { masseter: 2, temples: 2 },
  };
}

/** Trigeminal neuralgia: touch can set off attacks, and plans work both sides at once. */
export function trigeminalRule(): Adjustment {
  return {
    reason: {
      code: "trigeminal-neuralgia",
      zones: FACE_ZONES,
      message:
        "With trigeminal neuralgia even a light touch on the face can set off an attack. Nura plans both sides of the face together and cannot spare one side, so it keeps to the neck, the collarbone and the shoulders. Stop at the first twinge and skip the session during a flare. Ask your neurologist before any face massage.",
    },
    excludedZones: FACE_ZONES,
  };
}

/** Pregnancy: massage is allowed; what to keep out of the medium and which signs are urgent. */
export function pregnancyRule(): Adjustment {
  return {
    reason: {
      code: "pregnant",
      message:
        "You are pregnant. We know of no source that rules out facial massage in pregnancy, but keep essential oils out of your massage medium. If your face, hands or feet swell suddenly, or you have a bad headache, blurred vision or pain below the ribs, stop and call your midwife or doctor at once.",
    },
  };
}
