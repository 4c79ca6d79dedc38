import type { ZoneId } from "../../core/model/zones.ts";
import type { Side } from "../../core/planner/plan-types.ts";
import {
  blobPath,
  curvePath,
  mirrorPt,
  mirrorPts,
  oval,
  type Pt,
  pts,
  symmetricBlob,
} from "./curves.ts";

/** One side of the face; the right is drawn as the mirror image of the left. */
export type Half = "left" | "right";

/**
 * Where each zone sits on the drawn face (domain notes, section 4), on the person's left side,
 * which the picture shows on its left as a mirror does; the right side is its mirror image. A
 * midline zone (forehead, mouth) gives its left half, and its whole area once.
 */
export interface ZoneArt {
  /** The zone's centre on the left side: where a label, a tap or a camera check points. */
  readonly anchor: Pt;
  /**
   * The outline of the area on the left side, as points a smooth closed curve passes through; for
   * a midline zone, the left half of its outline, from the top of the midline down to its bottom.
   */
  readonly area: readonly Pt[];
  /** True for a midline zone: `area` is symmetric and drawn once. */
  readonly midline: boolean;
  /** Each line of `ZONE_LINES[zone]`, in its order and direction, as points a smooth curve passes through. */
  readonly lines: readonly (readonly Pt[])[];
  /** The zone's direction (`ZONES[zone].direction`) for movements that do not follow lines. */
  readonly flow: readonly Pt[];
  /** Where circles in place turn, and how wide (zones worked with circles in place or kneading). */
  readonly spot?: { readonly at: Pt; readonly radius: number };
  /** Points pressed and held in turn, in the zone's direction (zones with pressure points). */
  readonly points?: readonly Pt[];
  /** Which way the fingers point on this zone, in degrees (0 to the right, -90 up): the hand comes from below and outside. */
  readonly reach: number;
}

/** The drawing of every zone; keys exactly `ZONE_IDS`. */
export const ZONE_ART: Readonly<Record<ZoneId, ZoneArt>> = {
  collarbone: {
    // The hollow above the collarbone, where lymph returns; circles move the skin down and in.
    anchor: [90, 246],
    area: pts("106 246, 94 240, 76 239, 68 244, 78 250, 94 252"),
    midline: false,
    lines: [],
    flow: pts("86 243, 92 248, 100 251"),
    spot: { at: [90, 246], radius: 6 },
    reach: 15,
  },
  "neck-sides": {
    anchor: [88, 212],
    area: pts("84 172, 94 200, 104 238, 96 248, 86 244, 83 216, 82.5 190, 80 168"),
    midline: false,
    lines: [pts("86 180, 92 204, 98 228, 103 246"), pts("80 166, 83.5 192, 84.5 218, 88 246")],
    flow: pts("83 176, 87 208, 93 243"),
    reach: -58,
  },
  "jaw-angle": {
    // The node in front of the ear, at the level of its lower half.
    anchor: [71, 131],
    area: oval([71, 131], 4.5, 7.5),
    midline: false,
    lines: [],
    flow: pts("71 126, 71 133, 72 140"),
    spot: { at: [71, 131], radius: 5 },
    reach: -88,
  },
  "chin-jawline": {
    anchor: [90, 186],
    area: pts(
      "118 193, 102 188.5, 88 178, 78 164, 72.5 153, 71 158, 77 172, 88 187, 102 197, 118 203",
    ),
    midline: false,
    lines: [
      pts("116 197, 102 192, 87 180, 76 165, 70 152"),
      pts("116 203, 101 199, 88 190, 78 178"),
    ],
    flow: pts("114 198, 96 188, 78 168"),
    reach: -20,
  },
  masseter: {
    // Over the jaw muscle: below the cheekbone, in front of the jaw's angle.
    anchor: [77, 155],
    area: oval([77, 156], 6.5, 13, -4),
    midline: false,
    lines: [],
    flow: pts("77 143, 77 155, 78 167"),
    spot: { at: [77, 155], radius: 6.5 },
    reach: -85,
  },
  cheeks: {
    anchor: [88, 142],
    area: oval([88, 141], 15, 10.5, -22),
    midline: false,
    lines: [
      pts("102 183, 88 173, 76 159, 67 146"),
      pts("108 145, 94 141, 80 133, 67 124"),
      pts("103 130, 89 125, 77 116, 69 105"),
    ],
    flow: pts("102 143, 88 138, 72 131"),
    reach: -55,
  },
  "under-cheekbone": {
    anchor: [88, 146],
    area: pts("108 146, 94 142, 80 135, 68 128, 68 137, 80 146, 94 152, 107 153"),
    midline: false,
    lines: [pts("108 150, 94 147, 80 141, 68 133")],
    flow: pts("108 150, 94 147, 80 141, 68 133"),
    points: pts("104 149, 90 146, 77 139"),
    reach: -50,
  },
  "nose-sides": {
    anchor: [108, 134],
    area: oval([108.5, 134], 4, 11, 12),
    midline: false,
    lines: [],
    flow: pts("110 122, 109 133, 105 145"),
    reach: -70,
  },
  "under-eyes": {
    // Along the bone under the eye, from the inner corner out to the temple; skin 0.2 mm thin.
    anchor: [92, 122],
    area: pts("106 117, 96 121, 84 119, 74 111, 70 105, 72 115, 84 125, 96 127, 106 122"),
    midline: false,
    lines: [pts("105 120, 95 124, 84 122, 75 114, 69 105")],
    flow: pts("105 120, 95 124, 84 122, 75 114, 69 105"),
    reach: -40,
  },
  brows: {
    anchor: [94, 97],
    area: pts("109 99, 101 94, 92 91.5, 82 92, 76 96, 80 100, 93 99, 108 104"),
    midline: false,
    lines: [],
    flow: pts("108 100, 94 95.5, 80 96.5"),
    // The first point is between the brows.
    points: pts("113 102, 98 96, 84 96"),
    reach: -50,
  },
  forehead: {
    anchor: [96, 76],
    area: pts("120 55, 100 57, 82 65, 72 78, 72 92, 84 91, 102 89, 120 93"),
    midline: true,
    lines: [
      pts("118 60, 101 62, 85 69, 73 83"),
      pts("118 73, 100 74, 84 79, 71 90"),
      pts("116 87, 100 87, 84 88.5, 71 97"),
    ],
    flow: pts("116 74, 98 74, 82 79, 71 90"),
    reach: -35,
  },
  temples: {
    anchor: [70, 98],
    area: oval([70, 98], 5.5, 9, 10),
    midline: false,
    lines: [],
    flow: pts("74 94, 70 99, 67 105"),
    points: [[70, 98]],
    reach: -75,
  },
  mouth: {
    anchor: [110, 168],
    area: pts("120 156, 106 158, 97 168, 106 178, 120 181"),
    midline: true,
    lines: [pts("119 159.5, 110 160, 100 165.5"), pts("119 178, 110 177, 100 171")],
    flow: pts("119 160, 110 160.5, 100 166"),
    reach: -20,
  },
  shoulders: {
    // The top of the shoulder; work goes toward the base of the neck.
    anchor: [52, 247],
    area: pts("80 232, 62 238, 38 246, 20 256, 30 262, 52 254, 74 246"),
    midline: false,
    lines: [],
    flow: pts("30 256, 52 247, 76 238"),
    spot: { at: [52, 248], radius: 7.5 },
    points: pts("34 254, 54 246, 72 240"),
    reach: -150,
  },
};

const onSide = (points: readonly Pt[], half: Half) =>
  half === "left" ? points : mirrorPts(points);

/** A zone's centre on one side, in the picture (a midline zone: the centre of that half). */
export function zonePoint(zone: ZoneId, half: Half): Pt {
  const a = ZONE_ART[zone].anchor;
  return half === "left" ? a : mirrorPt(a);
}

/** A zone's area on one side as an SVG path (a midline zone: its whole area, either side). */
export function zoneAreaPath(zone: ZoneId, half: Half): string {
  const art = ZONE_ART[zone];
  return art.midline ? symmetricBlob(art.area) : blobPath(onSide(art.area, half));
}

/** Each line of `ZONE_LINES[zone]` on one side, in order, as SVG paths from start to end. */
export function zoneLinePaths(zone: ZoneId, half: Half): readonly string[] {
  return ZONE_ART[zone].lines.map((l) => curvePath(onSide(l, half)));
}

/** The areas to light for a step on `side`: one side, both, or a midline zone's whole area. */
export function litAreaPaths(zone: ZoneId, side: Side): readonly string[] {
  if (ZONE_ART[zone].midline) return [zoneAreaPath(zone, "left")];
  const halves: readonly Half[] = side === "left" || side === "right" ? [side] : ["left", "right"];
  return halves.map((h) => zoneAreaPath(zone, h));
}
