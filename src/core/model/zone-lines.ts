import type { MessageId } from "../i18n/translate.ts";
import type { ZoneId } from "./zones.ts";

/**
 * The lines a stroke, a roller or a gua sha stone follows on one side of a zone (on one half of a
 * midline zone), each from the centre out, and worked in this order (domain notes, section 4b:
 * cheek three lines, forehead three from the hairline down to the brow, neck two, downward).
 * The jawline has two: along the bone and just under it, so the zone's chin and jaw are both
 * covered (section 4b counts the jaw line alone). Zones worked in one place have none. Each line
 * is a message describing it, in words that follow a verb.
 */
export const ZONE_LINES: Readonly<Record<ZoneId, readonly MessageId[]>> = {
  collarbone: [],
  "neck-sides": ["zone.neck-sides.line.1", "zone.neck-sides.line.2"],
  "jaw-angle": [],
  "chin-jawline": ["zone.chin-jawline.line.1", "zone.chin-jawline.line.2"],
  masseter: [],
  cheeks: ["zone.cheeks.line.1", "zone.cheeks.line.2", "zone.cheeks.line.3"],
  "under-cheekbone": ["zone.under-cheekbone.line.1"],
  "nose-sides": [],
  "under-eyes": ["zone.under-eyes.line.1"],
  brows: [],
  forehead: ["zone.forehead.line.1", "zone.forehead.line.2", "zone.forehead.line.3"],
  temples: [],
  mouth: ["zone.mouth.line.1", "zone.mouth.line.2"],
  shoulders: [],
};
