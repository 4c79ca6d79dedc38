import { describe, expect, it } from "vitest";

// Vitest turns every CSS import into an empty module, so the test reads the stylesheet itself
// (tests run in Node; the app never does this).
const fs = process.getBuiltinModule("node:fs");
const css = fs.readFileSync(new URL("./face-art-colours.css", import.meta.url), "utf8");

/** The custom properties set in the first rule whose selector matches `selector`. */
function tokens(selector: string): Readonly<Record<string, string>> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(at, css.indexOf("}", at));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]),
  );
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const light = tokens(".face-art");
const dark = tokens(':root[data-theme="dark"] .face-art');
const darkBySystem = tokens(':root:not([data-theme="light"]) .face-art');

describe("the art's colours", () => {
  it("gives the dark theme the same colours whether the system or the page asks for it", () => {
    expect(darkBySystem).toEqual(dark);
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  it.each([
    ["light", light],
    ["dark", dark],
  ])(
    "keeps the paths and the lit zone's edge at 3:1 against the skin and its shade (%s)",
    (_, t) => {
      for (const ink of ["--face-stroke", "--face-trail", "--zone-glow"]) {
        for (const skin of ["--face-skin", "--face-shade"]) {
          expect(
            contrast(t[ink] as string, t[skin] as string),
            `${ink} on ${skin}`,
          ).toBeGreaterThanOrEqual(3);
        }
      }
      expect(
        contrast(t["--hand-line"] as string, t["--hand-skin"] as string),
      ).toBeGreaterThanOrEqual(3);
    },
  );

  it("sets the face apart from its page in both themes", () => {
    expect(contrast(light["--face-skin"] as string, "#f7f4ee")).toBeGreaterThan(1.5);
    expect(contrast(dark["--face-skin"] as string, "#141a18")).toBeGreaterThan(3);
  });
});
