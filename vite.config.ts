import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { catalogPlugin } from "./src/i18n/catalog-plugin.ts";
import { guidesPlugin } from "./src/site/guides-plugin.ts";
import { modelsPlugin } from "./src/site/models-plugin.ts";
import { screenChunks } from "./src/web/build/screen-chunks.ts";
import { startHints } from "./src/web/build/start-hints.ts";
import { designPagePlugin } from "./src/web/design/design-plugin.ts";
import { pwaPlugin } from "./src/web/pwa/pwa-plugin.ts";
import { START_SCREENS } from "./src/web/start-screens.ts";

const root = fileURLToPath(new URL("./src/web", import.meta.url));
const api = process.env.NURA_API ?? "http://localhost:8080";
/** The screens opened every day, each loading its code in two or three files (screen-chunks.ts). */
const dailyScreens = screenChunks(
  {
    today: START_SCREENS.today.module,
    session: "/src/web/player/session-screen.tsx",
    welcome: START_SCREENS.welcome.module,
  },
  // The player's first load carries none of what only Today and the set-up share (the planner).
  { entry: "index", shared: "daily", lean: "session" },
);

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
    dailyScreens.plugin,
    startHints(START_SCREENS),
  ],
  // The landmark worker is an ES module (src/web/camera/detector-worker.ts).
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // Few requests rather than many small ones (a phone on a slow network pays a round trip for
    // every few): one stylesheet for the whole app, the entry and its modules in one chunk, each
    // daily screen's own code in a chunk and what they share in two more (screen-chunks.ts), and
    // the rest of the design system and the icons a chunk each, instead of a file per component.
    // See docs/architecture.md.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // A group takes only its own modules; what they import stays where it belongs (the
          // entry's modules in the entry's chunk).
          includeDependenciesRecursively: false,
          groups: [
            { name: "icons", test: /[\\/]lucide[\\/]/, priority: 2 },
            { name: "ui", test: /[\\/]src[\\/]web[\\/]ui[\\/]/, priority: 2 },
            { ...dailyScreens.group, priority: 3 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": api, "/healthz": api },
  },
});

// biome-ignore lint/style/noDefaultExport: Vite loads its configuration from the default export.
export default config;
