import type { PluginOption } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { MODEL_CACHE } from "../camera/model-files.ts";

/** The brand colours the manifest and the address bar use (same as `base.css` and index.html). */
export const THEME_COLOR = "#2f5d50";
const BACKGROUND_COLOR = "#f6f3ee";

/**
 * The service worker and manifest (build time only; imported by vite.config.ts). Workbox's
 * generateSW precaches the app shell, every JS and CSS file (the player and Learn's chunks
 * included), the icons and Learn's pre-rendered guide pages, so a person can install Nura and run
 * a session in airplane mode. Page addresses fall back to index.html for the client router, except
 * the API and health check, which must reach the server or fail. Updates wait for the person
 * (`prompt`), and registration comes from our own module (`register-sw.ts`), because the
 * Content-Security-Policy forbids the inline script the plugin would otherwise add.
 *
 * The camera's landmark models (/models/, about 10 MB) and the worker that runs them (Human and
 * TensorFlow.js, about 2 MB) are left out of the precache: most people never use the camera.
 * Once a person does, the page downloads the models into the cache `nura-models-v1` with a
 * progress bar (src/web/camera/model-download.ts) and this worker answers /models/ and the
 * landmark worker's script from that same cache first, so they work offline afterwards.
 */
export function pwaPlugin(): PluginOption {
  return VitePWA({
    strategies: "generateSW",
    registerType: "prompt",
    injectRegister: false,
    // The glob below already takes every icon; listing them again would only duplicate entries.
    includeManifestIcons: false,
    manifest: {
      name: "Nura: face massage coach",
      short_name: "Nura",
      description:
        "A few minutes of facial self-massage a day, guided hands-free, honest about the evidence.",
      lang: "en",
      start_url: "/",
      scope: "/",
      display: "standalone",
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      icons: [
        { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
        { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,wav,mp3,woff2}"],
      // The start pages are the app's page with hints for a cold load (build/start-hints.ts): the
      // service worker answers every page with index.html, so it keeps none of them.
      globIgnores: ["models/**", "**/detector-worker-*.js", "start/**"],
      runtimeCaching: [
        {
          // The manifest is read from the network by the page itself (it says when to refresh).
          urlPattern: /\/(models\/(?!manifest\.json$)|assets\/detector-worker-)/,
          handler: "CacheFirst",
          options: { cacheName: MODEL_CACHE },
        },
      ],
      navigateFallback: "/index.html",
      navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/healthz$/],
      cleanupOutdatedCaches: true,
      // A tap on a reminder notification opens Today (public/sw-notification-click.js).
      importScripts: ["/sw-notification-click.js"],
      // The guide search index and the player chunk are larger than Workbox's 2 MiB default allows for some builds.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    },
  });
}
