/// <reference types="vite-plugin-pwa/vanillajs" />

import { registerSW } from "virtual:pwa-register";
import { signal } from "@preact/signals";

/** True once a new version is installed and waiting for the person to accept it. */
export const updateWaiting = signal(false);
/** True once the app is cached and works offline (shown once, then dismissed). */
export const offlineReady = signal(false);

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

/** Registers the service worker from this bundled module (CSP allows no inline registration). */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateWaiting.value = true;
    },
    onOfflineReady() {
      offlineReady.value = true;
    },
  });
}

/** Activates the waiting version and reloads into it. */
export async function acceptUpdate(): Promise<void> {
  updateWaiting.value = false;
  await applyUpdate?.(true);
}
