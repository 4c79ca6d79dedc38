import { mainNav } from "../../web/shell/main-nav.ts";
import { escapeHtml } from "../claim-badge.ts";

/** What every pre-rendered page needs from the app's build. */
export interface PageAssets {
  /** Stylesheets of the app, as absolute URLs ("/assets/index-abc.css"). */
  readonly styles: readonly string[];
  /** Module scripts that enhance the page; the page reads fine without them. */
  readonly scripts: readonly string[];
}

/** A pre-rendered page's own parts. */
export interface PageContent {
  readonly title: string;
  readonly description: string;
  /** The path of the page, to mark the current navigation link. */
  readonly path: string;
  readonly main: string;
}

/**
 * A whole static page in the app's frame (skip link, header, main), with the app's CSS. No inline
 * script or style, so it passes the strict CSP, and nothing needs JavaScript to read.
 */
export function layout(page: PageContent, assets: PageAssets): string {
  const links = mainNav
    .map((n) => {
      const current = page.path === n.href ? ` aria-current="page"` : "";
      return `<li><a href="${n.href}"${current}>${n.label}</a></li>`;
    })
    .join("");
  const styles = assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join("\n");
  const scripts = assets.scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="${escapeHtml(page.description)}">
<meta name="theme-color" content="#2f5d50">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<title>${escapeHtml(page.title)}</title>
${styles}
${scripts}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="app-header"><a class="brand" href="/" aria-label="Nura home">Nura</a><nav aria-label="Main"><ul>${links}</ul></nav></header>
<main id="main" tabindex="-1">
${page.main}
</main>
</body>
</html>
`;
}
