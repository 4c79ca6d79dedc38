import { fileURLToPath } from "node:url";
import type { Plugin, Rollup } from "vite";
import { type GuideSet, loadGuides } from "./load-guides.ts";
import { guideListPage } from "./pages/guide-list-page.ts";
import { guidePage } from "./pages/guide-page.ts";

/** The guides as data for the app: `export const guides: readonly GuideEntry[]`. */
export const GUIDES_MODULE = "virtual:nura-guides";
/** The words of every guide for search: `export const searchTexts: readonly GuideSearchText[]`. */
export const SEARCH_MODULE = "virtual:nura-guide-search";

const resolved = (id: string) => `\0${id}`;
const defaultDir = fileURLToPath(new URL("../content/guides", import.meta.url));
const defaultScript = fileURLToPath(new URL("../web/learn/static/static-page.ts", import.meta.url));

/**
 * The stylesheets the app's entry loads up front (Vite lists them in `viteMetadata`), so a static
 * page gets the app's look without the CSS of screens loaded later; every CSS file when Vite
 * gives no metadata.
 */
export function entryStyles(bundle: Rollup.OutputBundle): string[] {
  const fromEntries = Object.values(bundle).flatMap((file) =>
    file.type === "chunk" && file.isEntry ? [...(file.viteMetadata?.importedCss ?? [])] : [],
  );
  const all = Object.keys(bundle).filter((f) => f.endsWith(".css"));
  return [...new Set(fromEntries.length > 0 ? fromEntries : all)].sort();
}

/** Where the plugin reads guides and which script the pre-rendered pages load. */
export interface GuidesPluginOptions {
  readonly dir?: string;
  /** The module the pre-rendered pages load (built as its own chunk). */
  readonly script?: string;
}

/**
 * Reads, checks and renders the guides at build start (a failed claims or link check fails the
 * build with every problem listed), serves them to the app as two virtual modules, and in a
 * build also emits a static page per guide and for the list under learn/guides/, through the
 * bundle so the service worker's precache manifest lists them.
 */
export function guidesPlugin(options: GuidesPluginOptions = {}): Plugin {
  const dir = options.dir ?? defaultDir;
  let set: GuideSet | undefined;
  let scriptRef: string | undefined;
  let building = false;
  return {
    name: "nura-guides",
    configResolved(config) {
      building = config.command === "build";
    },
    buildStart() {
      set = loadGuides(dir);
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
      return id === GUIDES_MODULE || id === SEARCH_MODULE ? resolved(id) : null;
    },
    load(id) {
      if (!set) return null;
      if (id === resolved(GUIDES_MODULE))
        return `export const guides = ${JSON.stringify(set.guides)};`;
      if (id === resolved(SEARCH_MODULE))
        return `export const searchTexts = ${JSON.stringify(set.search)};`;
      return null;
    },
    generateBundle(_options, bundle) {
      if (!set || !building) return;
      const styles = entryStyles(bundle).map((f) => `/${f}`);
      const scripts = scriptRef ? [`/${this.getFileName(scriptRef)}`] : [];
      this.emitFile({
        type: "asset",
        fileName: "learn/guides/index.html",
        source: guideListPage(set.guides, { styles, scripts }),
      });
      for (const g of set.guides) {
        this.emitFile({
          type: "asset",
          fileName: `learn/guides/${g.slug}/index.html`,
          source: guidePage(g, { styles, scripts }),
        });
      }
    },
  };
}
