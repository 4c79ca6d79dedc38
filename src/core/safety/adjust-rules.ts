import type { Pressure } from "../model/pressure.ts";
import type { TechniqueId } from "../model/techniques.ts";
import type { ToolId } from "../model/tools.ts";
import { ZONES, type ZoneId } from "../model/zones.ts";
import type { Reason, SafetyProfile } from "./profile.ts";

/** What one adjusting rule changes in a plan. */
export interface Adjustment {
  readonly reason: Reason;
  readonly excludedZones?: readonly ZoneId[];
  readonly pressureCap?: Pressure;
  readonly zonePressureCaps?: Readonly<Partial<Record<ZoneId, Pressure>>>;
  readonly bannedTools?: readonly ToolId[];
  readonly bannedTechniques?: readonly TechniqueId[];
}

/** Age above which the neck is left to collarbone circles (domain notes, section 5). */
export const NECK_CAUTION_AGE = 60;

const names = (zones: readonly ZoneId[]): string =>
  zones.map((z) => ZONES[z].name.toLowerCase()).join(", ");

function areaRule(profile: SafetyProfile, code: "acne-breakout" | "sunburn"): Adjustment {
  const skipped = profile.skipZones;
  const what =
    code === "acne-breakout"
      ? "You noted a breakout. Rubbing can make acne worse"
      : "You noted sunburn or broken skin. Massage can hurt damaged skin and slow its healing";
  const todo =
    skipped.length > 0
      ? `so we leave out the areas you marked (${names(skipped)}). Mark any other affected area to skip it too.`
      : "so mark the affected areas to skip them; we have not left anything out yet.";
  return { reason: { code, message: `${what}, ${todo}` } };
}

function gentleSkinRule(code: "rosacea" | "sensitive"): Adjustment {
  const what = code === "rosacea" ? "With rosacea" : "With sensitive skin";
  return {
    reason: {
      code,
      message: `${what} we keep every stroke gentle: light pressure, feather-light on the cheeks and beside the nose, fingers only, no pinching or tapping. Stop if your skin starts to flush.`,
    },
    pressureCap: 2,
    zonePressureCaps: { cheeks: 1, "nose-sides": 1 },
    bannedTools: ["roller", "gua-sha"],
    bannedTechniques: ["pinch", "tap", "roller", "gua-sha"],
  };
}

function neckRule(profile: SafetyProfile): Adjustment | undefined {
  const causes: string[] = [];
  if (profile.conditions.includes("thyroid")) causes.push("thyroid disease");
  if (profile.conditions.includes("carotid")) causes.push("carotid sensitivity");
  if (profile.conditions.includes("arrhythmia")) causes.push("an irregular heartbeat");
  if (profile.age !== undefined && profile.age > NECK_CAUTION_AGE)
    causes.push(`being over ${NECK_CAUTION_AGE}`);
  if (causes.length === 0) return undefined;
  const excluded: readonly ZoneId[] = ["neck-sides"];
  return {
    reason: {
      code: "neck-caution",
      zones: excluded,
      message: `Because of ${causes.join(" and ")}, we leave out the front and sides of the neck and keep only gentle circles at the collarbone: pressure there can affect the thyroid and the large arteries of the neck. Ask your doctor before adding neck work.`,
    },
    excludedZones: excluded,
  };
}

function bleedingRule(code: "blood-thinners" | "bleeding-disorder"): Adjustment {
  const what =
    code === "blood-thinners" ? "You take blood thinners" : "You have a bleeding disorder";
  return {
    reason: {
      code,
      message: `${what}, so you bruise more easily. We leave out the gua sha stone and keep to fingers and, if you have one, a roller.`,
    },
    bannedTools: ["gua-sha"],
    bannedTechniques: ["gua-sha"],
  };
}

/** The adjustments for this profile, except injectables (see `injectables.ts`), in a fixed order. */
export function adjustments(profile: SafetyProfile): readonly Adjustment[] {
  const has = (c: SafetyProfile["conditions"][number]): boolean => profile.conditions.includes(c);
  const found: Adjustment[] = [];
  if (has("acne-breakout")) found.push(areaRule(profile, "acne-breakout"));
  if (has("sunburn")) found.push(areaRule(profile, "sunburn"));
  if (has("rosacea")) found.push(gentleSkinRule("rosacea"));
  if (has("sensitive")) found.push(gentleSkinRule("sensitive"));
  const neck = neckRule(profile);
  if (neck !== undefined) found.push(neck);
  if (has("blood-thinners")) found.push(bleedingRule("blood-thinners"));
  if (has("bleeding-disorder")) found.push(bleedingRule("bleeding-disorder"));
  return found;
}
