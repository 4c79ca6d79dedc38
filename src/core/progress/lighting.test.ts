import { describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { checkLighting, lightingHint } from "./lighting.ts";

/** A width×height picture whose left and right halves have the given grey levels. */
function picture(width: number, height: number, left: number, right: number) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = x < width / 2 ? left : right;
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

describe("checkLighting", () => {
  it("passes an evenly lit picture", () => {
    expect(checkLighting(picture(40, 30, 150, 140))).toEqual({
      verdict: "ok",
      brightness: 145,
      unevenness: 0.07,
    });
    expect(lightingHint("ok", translatorFor("en"))).toBe("");
  });

  it("says too dark before anything else", () => {
    const result = checkLighting(picture(40, 30, 30, 20));
    expect(result.verdict).toBe("too-dark");
    expect(result.brightness).toBe(25);
    expect(lightingHint(result.verdict, translatorFor("en"))).toBe(
      "Too dark: face a window or a lamp, so the light falls on your face from the front.",
    );
    expect(lightingHint(result.verdict, translatorFor("de"))).toMatch(/^Zu dunkel/);
  });

  it("says uneven when one side is in shadow", () => {
    const result = checkLighting(picture(400, 300, 200, 80));
    expect(result).toMatchObject({ verdict: "uneven", brightness: 140, unevenness: 0.6 });
    expect(lightingHint(result.verdict, translatorFor("es"))).toMatch(/^Luz desigual/);
  });

  it("reads an empty picture as too dark without dividing by zero", () => {
    expect(checkLighting({ data: [], width: 0, height: 0 }).verdict).toBe("too-dark");
  });
});
