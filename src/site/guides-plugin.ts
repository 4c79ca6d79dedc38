import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../core/i18n/locales.ts";
import { type GuideLibrary, loadGuideLibrary } from "./load-guide-library.ts";
import { languageAlternates } from "./page-alternates.ts";
import { pageDocument, screenStyles } from "./page-document.ts";
import { prerenderLearnPages } from "./prerender.ts";

/** Loaders of each language's guides: `export const loaders: Record<Locale, () => Promise<{ guides }>>`. */
export const GUIDES_MODULE = "virtual:nura-guides";
/** Loaders of each language's words for search: `…Promise<{ searchTexts }>`. */
export const SEARCH_MODULE = "virtual:nura-guide-search";

const resolved = (id: string) => `\0${id}`;
const defaultDir = fileURLToPath(new URL("../content/guides", import.meta.url));
/** The screen the guide pages are, whose stylesheets their heads link. */
const GUIDES_SCREEN = "web/learn/guides-screen.tsx";
const defaultScript = fileURLToPath(new URL("../web/start-after-paint.ts", import.meta.url));

/** Where the plugin reads guides and which script the pre-rendered pages load. */
export interface GuidesPluginOptions {
  /** The English guides; each translation in a folder named for its language (`es/`). */
  readonly dir?: string;
  /** The module the pre-rendered pages load (built as its own chunk): it starts the app. */
  readonly script?: string;
}

/** The loader list of a module that has one chunk per language (`<base>/<locale>`). */
function loaderList(base: string): string {
  const lines = LOCALES.map((l) => `  ${l}: () => import("${base}/${l}"),`);
  return `export const loaders = {\n${lines.join("\n")}\n};`;
}

/**
 * The language of a per-language module (`virtual:nura-guides/es` as imported,
 * `virtual:nura-guides-es` once resolved, which names its chunk `_virtual_nura-guides-es-…`
 * rather than a bare `es-…` like the catalog's), if it is one.
 */
function moduleLocale(id: string, base: string, separator: "/" | "-"): Locale | undefined {
  const tail = id.startsWith(`${base}${separator}`) ? id.slice(base.length + 1) : "";
  return LOCALES.find((l) => l === tail);
}

/**
 * Reads, checks and renders the guides of every language at build start (a failed claims or
 * link check in any language fails the build with every problem listed), serves them to the app
 * as virtual modules with a chunk per language, so a page downloads only its own, and in a build
 * also pre-renders the Learn hub, the guide list and each guide under learn/, and under es/learn/
 * and so on for each translation, with the app's own screens (see learn-pages.tsx), in the app's
 * own index.html, each page naming its language and its other languages' versions, for the app
 * to hydrate once the page has painted (web/start-after-paint.ts). The pages go through the
 * bundle, so the service worker's precache manifest lists them.
 */
export function guidesPlugin(options: GuidesPluginOptions = {}): Plugin {
  const dir = options.dir ?? defaultDir;
  let library: GuideLibrary | undefined;
  let scriptRef: string | undefined;
  let building = false;
  return {
    name: "nura-guides",
    // After Vite has written index.html into the bundle: the pages are made from it.
    enforce: "post",
    configResolved(config) {
      building = config.command === "build";
    },
    buildStart() {
      library = loadGuideLibrary(dir);
      this.addWatchFile(dir);
      if (building) {
        scriptRef = this.emitFile({
          type: "chunk",
          id: options.script ?? defaultScript,
          name: "learn-static",
        });
      }
    },
    resolveId(id) {
      if (id === GUIDES_MODULE || id === SEARCH_MODULE) return resolved(id);
      for (const base of [GUIDES_MODULE, SEARCH_MODULE]) {
        const locale = moduleLocale(id, base, "/");
        if (locale) return resolved(`${base}-${locale}`);
      }
      return null;
    },
    load(id) {
      if (!library || !id.startsWith("\0")) return null;
      const bare = id.slice(1);
      if (bare === GUIDES_MODULE) return loaderList(GUIDES_MODULE);
      if (bare === SEARCH_MODULE) return loaderList(SEARCH_MODULE);
      const guides = moduleLocale(bare, GUIDES_MODULE, "-");
      if (guides) return `export const guides = ${JSON.stringify(library.sets[guides].guides)};`;
      const search = moduleLocale(bare, SEARCH_MODULE, "-");
      if (search)
        return `export const searchTexts = ${JSON.stringify(library.sets[search].search)};`;
      return null;
    },
    async generateBundle(_options, bundle) {
      if (!library || !building) return;
      const index = bundle["index.html"];
      if (index?.type !== "asset") throw new Error("the guide pages need the built index.html");
      const template = String(index.source);
      if (!scriptRef) throw new Error("the guide pages' script was not built");
      const assets = {
        styles: screenStyles(bundle, GUIDES_SCREEN),
        script: `/${this.getFileName(scriptRef)}`,
      };
      const { sets, written } = library;
      const pages = await prerenderLearnPages(
        written.map((locale) => ({ locale, guides: sets[locale].guides })),
      );
      for (const page of pages) {
        const alternates = languageAlternates(page.path, written, DEFAULT_LOCALE);
        this.emitFile({
          type: "asset",
          fileName: `${page.path.slice(1)}/index.html`,
          source: pageDocument(template, { ...page, alternates }, assets),
        });
      }
    },
  };
}
