import {
  blobPath,
  curvePath,
  MIDLINE,
  mirrorPts,
  type Pt,
  pts,
  symmetricBlob,
  VIEW_HEIGHT,
} from "./curves.ts";

/**
 * The drawing of the face, neck and shoulders, as SVG paths worked out once from points on the
 * left half (the right half is its mirror, so the face is symmetric by construction).
 */

/** A left-side open curve and its mirror image as one path (two strokes). */
const pair = (left: readonly Pt[]): string => curvePath(left) + curvePath(mirrorPts(left));

/** A left-side closed shape and its mirror image as one path. */
const blobPair = (left: readonly Pt[]): string => blobPath(left) + blobPath(mirrorPts(left));

/** A shape bounded by a left edge, its mirror, a straight top and the bottom of the picture. */
function bodyShape(leftEdge: readonly Pt[]): string {
  const right = curvePath([...mirrorPts(leftEdge)].reverse()).replace(/^M/, "L");
  return `${curvePath(leftEdge)}L-8 ${VIEW_HEIGHT + 8}L${2 * MIDLINE + 8} ${VIEW_HEIGHT + 8}${right}Z`;
}

export const HEAD = symmetricBlob(
  pts("120 37, 94 41, 75 54, 66 75, 63.5 98, 64 120, 67 141, 73.5 161, 85 179, 101 192.5, 120 198"),
);

export const BODY = bodyShape(
  pts("82 150, 81 188, 81 214, 77 228, 62 236, 36 245, 14 257, 0 272, -8 292"),
);

/** The shadow the jaw casts on the neck. */
export const JAW_SHADOW = symmetricBlob(
  pts("120 186, 100 184, 84 170, 80 178, 86 196, 102 210, 120 214"),
);

/** The left ear's outline: zones in front of and below the ear are placed against it. */
export const LEFT_EAR: readonly Pt[] = pts(
  "66.5 103, 60 98.5, 54.5 102, 53 114, 55 129, 59 141, 65.5 146, 68 126",
);
export const EARS = blobPair(LEFT_EAR);

export const EAR_INNER = pair(pts("62.5 106, 58.5 112, 58.5 124, 62 136, 65 139"));

export const HAIR = symmetricBlob(
  pts(
    "120 13, 93 15, 69 26, 55 48, 50.5 76, 53 99, 59.5 108, 63.5 92, 70 75, 86 58, 104 51.5, 120 50",
  ),
);

/** Strands swept back from the hairline to the knot, a little lighter than the hair. */
export const HAIR_STRANDS = (
  [
    pts("106 52, 109 34, 116 18"),
    pts("90 56, 93 36, 108 18"),
    pts("75 70, 75 44, 99 20"),
    pts("63 92, 60 62, 86 26"),
  ] as const satisfies readonly (readonly Pt[])[]
)
  .map((l) => pair(l))
  .join("");

/** A knot of hair on top of the head. */
export const HAIR_KNOT = blobPath(pts("120 0, 135 6, 134 19, 120 24, 106 19, 105 6"));

export const BROWS = blobPair(
  pts("108.5 101.5, 100 95.5, 91.5 93.3, 83 94, 76.5 97.5, 83 96.6, 92 96.4, 100 98, 108 103.4"),
);

/** Closed eyelids, a crease above each and a few lashes. */
export const LIDS = pair(pts("83.5 112, 94 116.6, 104.5 112.8"));
export const CREASES = pair(pts("85 107.6, 95 106, 104 108.4"));
export const LASHES = (
  [
    pts("86.5 113.6, 84.8 116.6"),
    pts("90 115.4, 89 118.6"),
    pts("94 116.6, 93.7 119.8"),
  ] as const satisfies readonly (readonly Pt[])[]
)
  .map((l) => pair(l))
  .join("");

export const NOSE_BRIDGE = pair(pts("112 112, 112.6 124, 110.5 137"));
export const NOSTRILS = pair(pts("110.5 140.5, 107.2 145.5, 110.8 149.6, 116 149.2"));

export const UPPER_LIP = symmetricBlob(
  pts("120 163.8, 115 161.4, 108 163.4, 100.5 168, 110 168.4, 120 169"),
);
export const LOWER_LIP = symmetricBlob(pts("120 169, 110 168.6, 100.5 168, 108 173.8, 120 176"));
export const LIP_LINE = curvePath(pts("100.5 168, 110 168.7, 120 169.2, 130 168.7, 139.5 168"));

export const COLLARBONES = pair(pts("113 256, 100 254.5, 84 252, 68 250.5, 52 253"));
export const STERNAL_NOTCH = curvePath(pts("113 259, 120 264, 127 259"));
/** The long neck muscles, from below the ear to the top of the breastbone: a faint shade. */
export const NECK_MUSCLES = pair(pts("83 186, 94 214, 106 244"));

export const TOWEL = `M-8 ${VIEW_HEIGHT + 8}L-8 286C30 279 80 281 120 285C160 281 210 279 248 286L248 ${VIEW_HEIGHT + 8}Z`;
export const TOWEL_FOLDS = pair(pts("30 290, 70 287, 104 292"));
