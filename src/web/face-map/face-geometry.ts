import type { ZoneId } from "../../core/model/zones.ts";

/**
 * The face map's drawing, in a 200 × 260 view box. Only the person's left half is drawn here;
 * the right half is its mirror image (x → 200 − x). The map is drawn as in a mirror: the
 * person's left is on the left of the picture, as they see themselves while massaging.
 */
export interface ZoneShape {
  /** SVG path of the zone area on the left side (or the whole area for a midline zone). */
  readonly area: string;
  /** Stroke direction on the left side: an SVG path from the start of a stroke to its end. */
  readonly flow: string;
  /** True for a midline zone drawn once (its flow is still mirrored for "both"). */
  readonly midline?: boolean;
}

const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;

/** Every zone's shape; ids exactly as `ZONE_IDS` in core. */
export const ZONE_SHAPES: Readonly<Record<ZoneId, ZoneShape>> = {
  forehead: { area: ellipse(100, 52, 40, 15), flow: "M98 56 C84 50 66 54 54 66", midline: true },
  brows: { area: ellipse(77, 80, 15, 5), flow: "M90 81 L64 78" },
  temples: { area: ellipse(47, 84, 8, 11), flow: "M47 78 a6 6 0 1 0 0.1 0" },
  "under-eyes": { area: ellipse(77, 98, 12, 4.5), flow: "M89 97 C78 101 64 99 50 88" },
  "nose-sides": { area: ellipse(90, 116, 4.5, 10), flow: "M92 106 L86 125" },
  cheeks: { area: ellipse(71, 119, 13, 11), flow: "M86 121 C74 115 60 112 48 112" },
  "under-cheekbone": { area: ellipse(67, 137, 15, 5), flow: "M84 138 L48 132" },
  mouth: { area: ellipse(100, 151, 17, 6.5), flow: "M98 151 C88 152 78 156 72 166", midline: true },
  masseter: { area: ellipse(55, 140, 6.5, 13), flow: "M55 127 L57 154" },
  // The node in front of the ear: just inside the face's edge at ear height, circling down.
  "jaw-angle": { area: ellipse(45, 110, 4.5, 8), flow: "M45 103 L45 119" },
  "chin-jawline": {
    area: "M100 178 C88 178 74 172 64 164 L60 170 C72 181 88 188 100 188 Z",
    flow: "M96 184 C84 182 72 176 62 166",
  },
  "neck-sides": { area: "M70 182 L80 188 L82 226 L70 226 Z", flow: "M74 186 L77 224" },
  collarbone: {
    area: "M96 232 C84 228 70 227 56 230 L56 237 C70 234 84 235 96 239 Z",
    flow: "M58 230 L90 237",
  },
  shoulders: {
    area: "M54 240 C40 240 26 244 14 254 L40 254 C46 250 52 247 56 246 Z",
    flow: "M20 251 L60 240",
  },
};

/** The outline of the head, neck and shoulders (decoration). */
export const OUTLINE = [
  "M100 22 C62 22 36 52 38 96 C39 130 50 162 68 178 C80 188 90 190 100 190",
  "C110 190 120 188 132 178 C150 162 161 130 162 96 C164 52 138 22 100 22 Z",
  "M70 180 L68 226 M130 180 L132 226",
  "M68 226 C50 230 24 236 8 256 M132 226 C150 230 176 236 192 256",
].join(" ");

/** Mirrors a left-side path onto the right side. */
export function mirror(path: string): string {
  // Absolute commands take x at even positions of each coordinate pair; arcs (a) carry 7 numbers.
  return path.replace(/([MLCa])([^MLCaZ]*)/g, (_m, cmd: string, args: string) => {
    const nums = args
      .trim()
      .split(/[\s,]+/)
      .filter((n) => n !== "")
      .map(Number);
    if (cmd === "a") {
      // An arc mirrored runs the other way round: flip its sweep flag and its x step.
      const out = nums.map((n, i) => (i % 7 === 5 ? -n : i % 7 === 4 ? 1 - n : n));
      return `${cmd}${out.join(" ")}`;
    }
    return `${cmd}${nums.map((n, i) => (i % 2 === 0 ? 200 - n : n)).join(" ")}`;
  });
}
