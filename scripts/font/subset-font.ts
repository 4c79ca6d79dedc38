import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import subsetFont from "subset-font";
import { APP_FONT, appCharacters, SOURCE_FONT, WEIGHTS } from "./font-text.ts";

/**
 * Cuts the app's font (`npm run font`): Figtree's Latin file, kept to the characters the app's
 * words use and to the weights its styles use. Run it again when a catalog or guide brings a
 * character the font lacks: `font.test.ts` fails until then.
 */
const source = readFileSync(SOURCE_FONT);
const subset = await subsetFont(source, appCharacters(), {
  targetFormat: "woff2",
  variationAxes: { wght: WEIGHTS },
});
writeFileSync(APP_FONT, subset);
process.stdout.write(
  `${relative(process.cwd(), APP_FONT)}: ${source.byteLength} → ${subset.byteLength} bytes\n`,
);
