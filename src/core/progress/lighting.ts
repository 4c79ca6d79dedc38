import type { Translate } from "../i18n/translate.ts";

/** The pixels of a picture as a canvas gives them: RGBA bytes, row by row. */
export interface Pixels {
  readonly data: ArrayLike<number>;
  readonly width: number;
  readonly height: number;
}

/** What the lighting check found. */
export interface Lighting {
  readonly verdict: "ok" | "too-dark" | "uneven";
  /** Mean brightness 0–255. */
  readonly brightness: number;
  /** The larger of the left/right and top/bottom brightness differences, as a share 0–1. */
  readonly unevenness: number;
}

/** Below this mean brightness a face photo loses detail in the shadows. */
export const DARK_BELOW = 60;
/** Above this share of difference between halves, one side of the face is in shadow. */
export const UNEVEN_ABOVE = 0.35;

/**
 * What to do about the light, in the translator's language (`lighting.too-dark`,
 * `lighting.uneven`), or an empty string when the light is fine.
 */
export function lightingHint(verdict: Lighting["verdict"], t: Translate): string {
  return verdict === "ok" ? "" : t(`lighting.${verdict}`);
}

function share(a: number, b: number): number {
  const top = Math.max(a, b);
  return top === 0 ? 0 : Math.abs(a - b) / top;
}

/**
 * Checks a photo's light from its pixels so a person can retake it before saving: comparisons
 * between dates mean little when one picture is dark or lit from the side. Reads about 10 000
 * sample pixels at most, so it is instant on a full camera frame.
 */
export function checkLighting(pixels: Pixels): Lighting {
  const { data, width, height } = pixels;
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 10_000)));
  const sums = { left: 0, right: 0, top: 0, bottom: 0 };
  const counts = { left: 0, right: 0, top: 0, bottom: 0 };
  let total = 0;
  let n = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      const luma =
        0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
      total += luma;
      n++;
      const h = x < width / 2 ? "left" : "right";
      const v = y < height / 2 ? "top" : "bottom";
      sums[h] += luma;
      counts[h]++;
      sums[v] += luma;
      counts[v]++;
    }
  }
  const avg = (k: keyof typeof sums) => (counts[k] === 0 ? 0 : sums[k] / counts[k]);
  const brightness = n === 0 ? 0 : total / n;
  const unevenness = Math.max(share(avg("left"), avg("right")), share(avg("top"), avg("bottom")));
  const verdict =
    brightness < DARK_BELOW ? "too-dark" : unevenness > UNEVEN_ABOVE ? "uneven" : "ok";
  return {
    verdict,
    brightness: Math.round(brightness),
    unevenness: Math.round(unevenness * 100) / 100,
  };
}
