import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { type GuideSet, loadGuides } from "./load-guides.ts";
import { pageDocument, screenStyles } from "./page-document.ts";
import { prerenderLearnPages } from "./prerender.ts";

/** The guides as data for the app: `export const guides: readonly GuideEntry[]`. */
export const GUIDES_MODULE = "virtual:nura-guides";
/** The words of every guide for search: `export const searchTexts: readonly GuideSearchText[]`. */
export const SEARCH_MODULE = "virtual:nura-guide-search";

const resolved = (id: string) => `\0${id}`;
const defaultDir = fileURLToPath(new URL("../content/guides", import.meta.url));
/** The screen the guide pages are, whose stylesheets their heads link. */
const GUIDES_SCREEN = "web/learn/guides-screen.tsx";
const defaultScript = fileURLToPath(new URL("../web/start-after-paint.ts", import.meta.url));

/** Where the plugin reads guides and which script the pre-rendered pages load. */
export interface GuidesPluginOptions {
  readonly dir?: string;
  /** The module the pre-rendered pages load (built as its own chunk): it starts the app. */
  readonly script?: string;
}

/**
 * Reads, checks and renders the guides at build start (a failed claims or link check fails the
 * build with every problem listed), serves them to the app as two virtual modules, and in a
 * build also pre-renders the guide list and each guide under learn/guides/ with the app's own
 * screens (see learn-pages.tsx), in the app's own index.html, for the app to hydrate once the
 * page has painted (web/start-after-paint.ts). The pages go through the bundle, so the service
 * worker's precache manifest lists them.
 */
export function guidesPlugin(options: GuidesPluginOptions = {}): Plugin {
  const dir = options.dir ?? defaultDir;
  let set: GuideSet | undefined;
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
    async generateBundle(_options, bundle) {
      if (!set || !building) return;
      const index = bundle["index.html"];
      if (index?.type !== "asset") throw new Error("the guide pages need the built index.html");
      const template = String(index.source);
      if (!scriptRef) throw new Error("the guide pages' script was not built");
      const assets = {
        styles: screenStyles(bundle, GUIDES_SCREEN),
        script: `/${this.getFileName(scriptRef)}`,
      };
      for (const page of await prerenderLearnPages(set.guides)) {
        this.emitFile({
          type: "asset",
          fileName: `${page.path.slice(1)}/index.html`,
          source: pageDocument(template, page, assets),
        });
      }
    },
  };
}
