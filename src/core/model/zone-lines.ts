import type { ZoneId } from "./zones.ts";

/**
 * The lines a stroke, a roller or a gua sha stone follows on one side of a zone (on one half of a
 * midline zone), each from the centre out, and worked in this order (domain notes, section 4b:
 * cheek three lines, forehead three from the hairline down to the brow, neck two, downward).
 * The jawline has two: along the bone and just under it, so the zone's chin and jaw are both
 * covered (section 4b counts the jaw line alone). Zones worked in one place have none.
 */
export const ZONE_LINES: Readonly<Record<ZoneId, readonly string[]>> = {
  collarbone: [],
  "neck-sides": [
    "from below the ear down to the collarbone",
    "from behind the ear down to the collarbone",
  ],
  "jaw-angle": [],
  "chin-jawline": [
    "along the jawbone from the chin to below the ear",
    "just under the jawbone from the chin to its angle",
  ],
  masseter: [],
  cheeks: [
    "from the edge of the jaw to the earlobe",
    "from beside the nose, under the cheekbone, to the middle of the ear",
    "over the cheekbone to the temple",
  ],
  "under-cheekbone": ["from beside the nose along the underside of the cheekbone to the ear"],
  "nose-sides": [],
  "under-eyes": ["from the inner corner along the bone under the eye to the temple"],
  brows: [],
  forehead: [
    "from the middle of the hairline out to the temple",
    "across the middle of the forehead out to the temple",
    "just above the brow out to the temple",
  ],
  temples: [],
  mouth: [
    "above the upper lip, from the middle out to the corner",
    "below the lower lip, from the middle out to the corner",
  ],
  shoulders: [],
};
