import type { Rollup } from "vite";
import { escapeHtml } from "./claim-badge.ts";
import type { LearnPage } from "./learn-pages.tsx";

/**
 * The stylesheets a lazily loaded screen brings (its chunk's and those of the chunks it imports),
 * as absolute URLs: a pre-rendered page links them in its head, so it is drawn styled at once
 * and does not shift when the screen's code arrives to hydrate it.
 */
export function screenStyles(bundle: Rollup.OutputBundle, moduleSuffix: string): string[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((f) => (f.type === "chunk" ? [[f.fileName, f] as const] : [])),
  );
  const start = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(moduleSuffix));
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk | undefined): void => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(`/${css}`);
    for (const imported of chunk.imports) visit(chunks.get(imported));
  };
  visit(start);
  return [...styles].sort();
}

const MODULE_SCRIPT = /\s*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;

/** What a pre-rendered page links besides what the app's index.html links. */
export interface PageAssets {
  /** The screen's own stylesheets (see {@link screenStyles}). */
  readonly styles: readonly string[];
  /** The page's one script, which starts the app once the page has painted. */
  readonly script: string;
}

/**
 * A pre-rendered page: the app's own built index.html (its stylesheets, manifest and icons),
 * named for the page and in its language (`<html lang>`, with `hreflang` links to its other
 * languages' versions), with the screen's stylesheets and the page's markup in `#app`, marked
 * `data-prerendered` so the app hydrates it instead of drawing it again. The page reads before
 * any script runs, so the app's entry and its module preloads give way to one small script
 * that adds the entry (named in `<meta name="nura-app">`) once the page has painted: none of
 * the app's scripts competes with the stylesheets for the first paint or runs before it.
 */
export function pageDocument(template: string, page: LearnPage, assets: PageAssets): string {
  const entry = [...template.matchAll(MODULE_SCRIPT)].map((m) => m[1] as string);
  if (entry.length !== 1) throw new Error("index.html should load exactly one module script");
  const head = [
    `<meta name="nura-app" content="${entry[0]}">`,
    ...assets.styles
      .filter((href) => !template.includes(`href="${href}"`))
      .map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
    ...(page.alternates ?? []).map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}">`,
    ),
  ];
  const lang = page.locale;
  if (lang && !/<html lang="[^"]*"/.test(template))
    throw new Error(`index.html has no <html lang> to name ${page.path}'s language in`);
  const filled = template
    .replace(/<html lang="[^"]*"/, (tag) => (lang ? `<html lang="${lang}"` : tag))
    .replace(MODULE_SCRIPT, "")
    .replace(MODULE_PRELOAD, "")
    // Replacer functions, so a "$" in a title or a guide is never read as a pattern.
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"/,
      () => `<meta name="description" content="${escapeHtml(page.description)}"`,
    )
    .replace("</head>", () => `  ${head.join("\n    ")}\n  </head>`)
    .replace('<div id="app"></div>', () => `<div id="app" data-prerendered>${page.html}</div>`)
    .replace(
      "</body>",
      () => `  <script type="module" src="${assets.script}"></script>\n  </body>`,
    );
  if (!filled.includes("data-prerendered")) {
    throw new Error(`index.html has no <div id="app"></div> to pre-render ${page.path} into`);
  }
  return filled;
}
