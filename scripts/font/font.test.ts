import { readFileSync } from "node:fs";
import { convert } from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import { describe, expect, it } from "vitest";
import { APP_FONT, appCharacters, SOURCE_FONT, WEIGHTS } from "./font-text.ts";

/** The code points a WOFF2 font maps, and its weight axis. */
async function read(path: string): Promise<{ chars: Set<number>; weights: [number, number] }> {
  const sfnt = await convert(readFileSync(path), "truetype");
  const face = new Face(new Blob(new Uint8Array(sfnt)));
  const wght = face.getAxisInfos().wght;
  if (!wght) throw new Error(`${path} has no weight axis`);
  return { chars: new Set(face.collectUnicodes()), weights: [wght.min, wght.max] };
}

describe("the app's font", () => {
  it("has every character the app's words use that Figtree has (else `npm run font`)", async () => {
    // One after the other: read together, the first face came back empty.
    const app = await read(APP_FONT);
    const source = await read(SOURCE_FONT);
    const has = (font: { chars: Set<number> }, c: string) => font.chars.has(c.codePointAt(0) ?? 0);
    const wanted = [...appCharacters()].filter((c) => has(source, c));
    expect(wanted.filter((c) => !has(app, c)).join("")).toBe("");
    // What Figtree itself lacks is only spaces (Intl's narrow and thin ones): nothing visible in
    // the app's words is drawn by the fallback.
    const lacking = [...appCharacters()].filter((c) => !has(source, c));
    expect(lacking.filter((c) => !/\s/.test(c))).toEqual([]);
  });

  it("is cut to those characters and the styles' weights, so it is smaller than Figtree's Latin file", async () => {
    // One after the other: read together, the first face came back empty.
    const app = await read(APP_FONT);
    const source = await read(SOURCE_FONT);
    expect(app.weights).toEqual([WEIGHTS.min, WEIGHTS.max]);
    expect(app.chars.size).toBeLessThan(source.chars.size);
    expect(readFileSync(APP_FONT).byteLength).toBeLessThan(
      readFileSync(SOURCE_FONT).byteLength * 0.75,
    );
  });
});
