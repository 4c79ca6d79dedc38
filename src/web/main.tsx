// The page's own styles first, so every component's stylesheet comes after them.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/boot-splash.css";
import "./ui/visually-hidden.css";
import { startLanguage } from "./i18n/start-language.ts";
import { warmIntl } from "./i18n/warm-intl.ts";
import { savingLeftovers } from "./player/leftover-sessions.ts";
import { currentPath, startRouter } from "./router.ts";
import { matchRoute } from "./routes.ts";
import { AppShell } from "./shell/app-shell.tsx";
import { sendNewPersonToWelcome } from "./shell/first-visit.ts";
import { mountApp } from "./shell/mount-app.tsx";
import { SyncContext } from "./sync/sync-context.ts";
import { browserSyncDeps, SyncController } from "./sync/sync-controller.ts";

startRouter();
const root = document.getElementById("app");
// The app's one sync controller, made here and handed to the screens that show or change it.
const sync = new SyncController(browserSyncDeps());

/** How long after the first screen's code arrives the device's own parts wait to start. */
const DEVICE_START_DELAY_MS = 2000;

/**
 * The service worker, its update prompt and the in-app reminders, started once the page has
 * loaded, the first screen's code is in, {@link DEVICE_START_DELAY_MS} have passed and the
 * browser is idle: they matter to every screen but draw nothing a person waits for, so their
 * code (Workbox's window part, the reminder and calendar rules) stays out of the first load
 * instead of competing with the screen opened, which still reads the device's storage after its
 * code is in (the browser is idle during those reads, so idleness alone came too soon).
 */
function startDeviceWhenIdle(): void {
  const screen = matchRoute(currentPath.value)?.screen;
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === "complete") resolve();
    else addEventListener("load", () => resolve(), { once: true });
  });
  const screenIn = Promise.resolve(screen?.preload?.()).catch(() => undefined);
  const start = (): void => {
    import("./pwa/start-pwa.tsx").then(
      (m) => m.startPwa(),
      (err: unknown) => console.warn("the service worker and reminders could not start", err),
    );
  };
  Promise.all([loaded, screenIn]).then(
    () =>
      setTimeout(() => {
        if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: 3000 });
        else start();
      }, DEVICE_START_DELAY_MS),
    (err: unknown) => console.warn("the service worker and reminders could not start", err),
  );
}

/**
 * Everything after the language: each part may say something, so none runs before it.
 * `firstScreen` settles once the set-up check has chosen the first screen.
 */
function startApp(firstScreen: Promise<unknown>): void {
  if (root) {
    const app = (
      <SyncContext.Provider value={sync}>
        <AppShell />
      </SyncContext.Provider>
    );
    // The device's start waits for the first screen, so it waits for the set-up check too.
    firstScreen
      .then(() => {
        startDeviceWhenIdle();
        return mountApp(app, root);
      })
      .catch((err: unknown) => {
        console.warn("the page stays as the build made it: its screen could not be loaded", err);
      });
  } else startDeviceWhenIdle();
  // A session finished while the device's storage failed waits in localStorage: write it now.
  savingLeftovers.run();
  // Sync on start: asks who is signed in and, when someone is, pushes and pulls in the background.
  sync.start();
}

if (root) {
  // Whether this device is set up is read while the language starts; the first screen's code
  // downloads as soon as that screen is known, and its words as soon as the language is too,
  // alongside the language's base rather than after it.
  const firstScreen = sendNewPersonToWelcome().then(() => matchRoute(currentPath.value)?.screen);
  const prefetchFirstScreen = () => {
    firstScreen.then(
      (screen) => screen?.prefetch?.(),
      () => undefined,
    );
  };
  prefetchFirstScreen(); // its code now, and its words once the language is known:
  warmIntl(); // while they download
  startLanguage(root, prefetchFirstScreen).then(
    (started) => {
      if (started) startApp(firstScreen);
    },
    (err: unknown) => {
      console.warn("the page stays as the build made it: its language could not be loaded", err);
    },
  );
}
