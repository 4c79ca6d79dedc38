import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin, type Rollup } from "vite";
import type { Locale } from "../core/i18n/locales.ts";
import type { GuideEntry } from "../web/learn/guide-types.ts";
import type { LearnPage } from "./learn-pages.tsx";

const entry = fileURLToPath(new URL("./learn-pages.tsx", import.meta.url));

/**
 * The guides' virtual modules, empty: the pages are rendered from the guides given to them, so
 * the screens' own download of the guides is bundled but never runs at build time.
 */
function emptyGuideModules(): Plugin {
  const ids = new Set(["virtual:nura-guides", "virtual:nura-guide-search"]);
  return {
    name: "nura-guides-empty",
    resolveId: (id) => (ids.has(id) ? `\0${id}` : null),
    load: (id) => (ids.has(id.slice(1)) ? "export const loaders = {};" : null),
  };
}

/** The guides of one language, to be pre-rendered under its address prefix. */
export interface GuideLanguage {
  readonly locale: Locale;
  readonly guides: readonly GuideEntry[];
}

/**
 * Renders Learn's pages in each language with the app's own components: builds
 * `learn-pages.tsx` for Node with Vite (JSX, CSS imports dropped, every package bundled into one
 * file) once, loads that file and calls it per language. Vite's own build does the compiling,
 * so the components need no second toolchain.
 */
export async function prerenderLearnPages(
  languages: readonly GuideLanguage[],
): Promise<LearnPage[]> {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    root: fileURLToPath(new URL("..", import.meta.url)),
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      write: false,
      minify: false,
      rollupOptions: { output: { format: "es", codeSplitting: false } },
    },
    plugins: [emptyGuideModules()],
  });
  const output = (Array.isArray(out) ? out[0] : out) as Rollup.RollupOutput;
  const chunk = output.output.find((f) => f.type === "chunk" && f.isEntry);
  if (chunk?.type !== "chunk") throw new Error("the Learn pages' server bundle has no entry");
  const dir = mkdtempSync(join(tmpdir(), "nura-learn-pages-"));
  try {
    const file = join(dir, "learn-pages.mjs");
    writeFileSync(file, chunk.code);
    const mod = (await import(pathToFileURL(file).href)) as typeof import("./learn-pages.tsx");
    return languages.flatMap((l) => mod.renderLearnPages(l.guides, l.locale));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
