import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { catalogPlugin } from "./src/i18n/catalog-plugin.ts";
import { guidesPlugin } from "./src/site/guides-plugin.ts";
import { modelsPlugin } from "./src/site/models-plugin.ts";
import { designPagePlugin } from "./src/web/design/design-plugin.ts";
import { pwaPlugin } from "./src/web/pwa/pwa-plugin.ts";

const root = fileURLToPath(new URL("./src/web", import.meta.url));
const api = process.env.NURA_API ?? "http://localhost:8080";

/** Builds the web app into dist/web; `npm run dev` serves it with the API proxied. */
export const config = defineConfig({
  root,
  publicDir: "public",
  plugins: [
    preact(),
    catalogPlugin(),
    guidesPlugin(),
    modelsPlugin(),
    pwaPlugin(),
    designPagePlugin(),
  ],
  // The landmark worker is an ES module (src/web/camera/detector-worker.ts).
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
  },
  server: {
    proxy: { "/api": api, "/healthz": api },
  },
});

// biome-ignore lint/style/noDefaultExport: Vite loads its configuration from the default export.
export default config;
