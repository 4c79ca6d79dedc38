import type { Plugin } from "vite";

/** Where the style page lives in the dev server, and the file that serves it. */
export const DESIGN_PATH = "/design";
const DESIGN_HTML = "/design/design.html";

/**
 * The living style page at /design, in `npm run dev` only. `apply: "serve"` keeps the plugin out
 * of `vite build`, and the build's only input is index.html, so nothing of src/web/design reaches
 * dist/web (test/e2e/design-system.test.ts checks). The app's router is not involved: this
 * rewrites the address before Vite's own HTML handling sees it.
 */
export function designPagePlugin(): Plugin {
  return {
    name: "nura-design-page",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const [path, query] = (req.url ?? "").split("?");
        if (path === DESIGN_PATH || path === `${DESIGN_PATH}/`) {
          req.url = query ? `${DESIGN_HTML}?${query}` : DESIGN_HTML;
        }
        next();
      });
    },
  };
}
