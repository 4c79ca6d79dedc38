import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The font the app's subset is cut from: Figtree, Latin, variable weight (@fontsource). */
export const SOURCE_FONT = join(
  root,
  "node_modules/@fontsource-variable/figtree/files/figtree-latin-wght-normal.woff2",
);

/** The subset the app serves and preloads (src/web/styles/tokens.css, src/web/index.html). */
export const APP_FONT = join(root, "src/web/styles/fonts/figtree-nura.woff2");

/** The weights the app's styles use (tokens.css: regular to bold). */
export const WEIGHTS = { min: 400, max: 700 } as const;

/**
 * Characters shown beside the words of the catalogs and guides: printable ASCII (what a person
 * types: names, notes, products), and the spaces `Intl` puts in numbers, times and units (a
 * no-break space, a narrow no-break space, a thin space).
 */
const ALWAYS = `${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("")}\u00a0\u202f\u2009`;

function strings(value: unknown, into: string[]): void {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value !== null && typeof value === "object")
    for (const v of Object.values(value)) strings(v, into);
}

function files(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

/**
 * Every character the app may draw in its own words, sorted: the catalogs' messages in every
 * language, the guides, the page's own text, and {@link ALWAYS}. The app's font is cut to these;
 * anything else (a rare letter in a product's name) is drawn by the metric-matched fallback.
 */
export function appCharacters(): string {
  const texts: string[] = [ALWAYS];
  for (const file of files(join(root, "src/i18n/catalogs"), ".json"))
    strings(JSON.parse(readFileSync(file, "utf8")), texts);
  for (const file of files(join(root, "src/content/guides"), ".md"))
    texts.push(readFileSync(file, "utf8"));
  texts.push(readFileSync(join(root, "src/web/index.html"), "utf8"));
  const chars = new Set<string>();
  for (const text of texts) for (const c of text) if (c >= " " && c !== "\u007f") chars.add(c);
  return [...chars].sort().join("");
}
