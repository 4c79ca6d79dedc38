import type { Translate } from "../i18n/translate.ts";
import type { Pressure } from "../model/pressure.ts";
import type { TechniqueId } from "../model/techniques.ts";
import type { ZoneId } from "../model/zones.ts";

/** Movements that glide or stretch the skin, where level 1 is a skin stretch. */
const GLIDES: ReadonlySet<TechniqueId> = new Set([
  "strokes",
  "small-circles",
  "stationary-circles",
]);

/**
 * What to do, in the zone's direction: "roll from the nose out to the ear". Each technique's
 * verb is a message with the zone's direction in it (`cue.action.<technique>`); under the eyes,
 * where the skin is thinnest, fingers work with the ring fingers only.
 */
export function actionWords(zone: ZoneId, technique: TechniqueId, t: Translate): string {
  const direction = t(`zone.${zone}.direction`);
  if (zone === "under-eyes" && (technique === "tap" || technique === "small-circles"))
    return t(`cue.action.under-eyes.${technique}`, { direction });
  return t(`cue.action.${technique}`, { direction });
}

/**
 * How hard to press, in each technique's own words (domain notes, sections 3 and 4b): a skin
 * stretch for drainage, a glide, a tool's own weight, a held point, firm muscle work; under the
 * eyes, how lightly.
 */
export function pressureWords(
  zone: ZoneId,
  technique: TechniqueId,
  pressure: Pressure,
  t: Translate,
): string {
  if (zone === "under-eyes")
    return t(
      technique === "roller" ? "cue.pressure.under-eyes.roller" : "cue.pressure.under-eyes.fingers",
    );
  return t(`cue.pressure.${technique}`, { level: pressure });
}

/**
 * The halfway tip. A tool gets its pressure words again (a short step's opening may have had
 * no time for them); finger work at a skin stretch (a glide at level 1) gets section 4b's two
 * signs of pressing too hard: the skin reddening, or feeling the muscle.
 */
export function halfwayWords(
  zone: ZoneId,
  technique: TechniqueId,
  pressure: Pressure,
  t: Translate,
): string {
  if (technique === "roller" || technique === "gua-sha")
    return pressureWords(zone, technique, pressure, t);
  if (pressure === 1 && GLIDES.has(technique)) return t("cue.tip.skin-stretch");
  return t(`cue.tip.${technique}`);
}
