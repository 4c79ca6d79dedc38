// biome-ignore lint/style/noRestrictedImports: this test runs in Node and reads the stylesheet the browser gets (Vitest empties CSS imports, `?raw` included).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastFailures, contrastRatio, readTokenThemes, relativeLuminance } from "./contrast.ts";
import { contrastPairs } from "./contrast-pairs.ts";

describe("the WCAG contrast formula", () => {
  it("gives the known ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 is the first to fail.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#ffffff", "#777777")).toBe(contrastRatio("#777777", "#ffffff"));
  });

  it("uses the sRGB luminance weights", () => {
    expect(relativeLuminance("#ff0000")).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance("#00ff00")).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance("#0000ff")).toBeCloseTo(0.0722, 4);
  });

  it("reports a pair below its minimum, and a token that is missing", () => {
    const pairs = [
      { fg: "--a", bg: "--b", min: 4.5, use: "grey text" },
      { fg: "--a", bg: "--c", min: 3, use: "an edge" },
    ];
    expect(
      contrastFailures(pairs, { "--a": "#777777", "--b": "#ffffff", "--c": "#ffffff" }),
    ).toEqual(["--a on --b (grey text): 4.48 < 4.5"]);
    expect(() => contrastFailures(pairs, { "--a": "#777777" })).toThrow("not a #rrggbb colour: ");
  });

  it("refuses what is not #rrggbb", () => {
    expect(() => relativeLuminance("rgb(0 0 0)")).toThrow("not a #rrggbb colour");
  });
});

describe("tokens.css", () => {
  const themes = readTokenThemes(
    readFileSync(new URL("../styles/tokens.css", import.meta.url), "utf8"),
  );

  it("declares the system dark theme exactly as the forced one", () => {
    expect(themes.systemDark).toEqual(themes.dark);
  });

  it("gives every colour in both themes", () => {
    const colours = (values: Readonly<Record<string, string>>) =>
      Object.keys(values)
        .filter((k) => k.startsWith("--color-"))
        .sort();
    expect(colours(themes.dark)).toEqual(colours(themes.light));
    expect(colours(themes.light)).toContain("--color-focus");
  });

  for (const [name, values] of [
    ["light", themes.light],
    ["dark", themes.dark],
  ] as const) {
    it(`meets WCAG AA for every pair in the ${name} theme`, () => {
      expect(contrastFailures(contrastPairs, values)).toEqual([]);
    });
  }

  it("checks 39 pairs per theme", () => {
    expect(contrastPairs).toHaveLength(39);
  });
});
