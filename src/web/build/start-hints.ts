import type { OutputChunk } from "rolldown";
import type { Plugin } from "vite";
import { LOCALES } from "../../core/i18n/locales.ts";
import { START_HOMES } from "../../core/setup/start-hint.ts";
import { messagesModuleId } from "../../i18n/catalog-plugin.ts";
import type { StartScreen } from "../start-screens.ts";

/** Where the start pages go in the build: `start/<locale>-<home>.html`. */
export const START_PAGES_DIR = "start";

/**
 * Writes a start page for each language and first screen of `/`: the app's page
 * (`index.html`) with a `modulepreload` line for each file that screen needs before it can
 * draw, beyond the app's entry: its code (its own chunk and the chunks that chunk imports) and
 * its words (the base group and the screen's groups, in that language). The server sends the
 * one that fits the device (see `src/server/http/start-shell.ts`), so the browser fetches
 * those files alongside the app's entry instead of after the entry has run and read the
 * device's storage, a round trip and more on a slow phone. They are fetched at low priority, so
 * the stylesheet, the font and the entry come first.
 */
export function startHints(
  screens: Readonly<Record<(typeof START_HOMES)[number], StartScreen>>,
): Plugin {
  return {
    name: "nura-start-hints",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const page = bundle["index.html"];
      if (page?.type !== "asset" || typeof page.source !== "string")
        this.error("start-hints: the build wrote no index.html");
      const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === "chunk");
      const holding = (what: string, test: (id: string) => boolean): OutputChunk => {
        const found = chunks.find((c) => c.moduleIds.some(test));
        if (!found) this.error(`start-hints: no chunk holds ${what}`);
        return found;
      };
      const html = page.source;
      /** The chunk's file and the files it imports, through any depth, but not the page's own. */
      const withImports = (chunk: OutputChunk, into: Set<string>): void => {
        if (html.includes(`/${chunk.fileName}"`) || into.has(chunk.fileName)) return;
        into.add(chunk.fileName);
        for (const file of chunk.imports) {
          const imported = bundle[file];
          if (imported?.type === "chunk") withImports(imported, into);
        }
      };
      for (const locale of LOCALES) {
        for (const home of START_HOMES) {
          const screen = screens[home];
          const files = new Set<string>();
          withImports(
            holding(screen.module, (id) => id.endsWith(screen.module)),
            files,
          );
          for (const group of ["base", ...screen.groups] as const) {
            const words = `\0${messagesModuleId(locale, group)}`;
            withImports(
              holding(words, (id) => id === words),
              files,
            );
          }
          const links = [...files].map(
            (file) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}">`,
          );
          this.emitFile({
            type: "asset",
            fileName: `${START_PAGES_DIR}/${locale}-${home}.html`,
            source: html.replace("</head>", `\n${links.join("\n")}\n</head>`),
          });
        }
      }
    },
  };
}
