// The page's own styles first, so every component's stylesheet comes after them.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./ui/visually-hidden.css";
import "./styles/legacy.css";
import { startLanguage } from "./i18n/start-language.ts";
import { savingLeftovers } from "./player/leftover-sessions.ts";
import { currentPath, startRouter } from "./router.ts";
import { matchRoute } from "./routes.ts";
import { AppShell } from "./shell/app-shell.tsx";
import { mountApp } from "./shell/mount-app.tsx";
import { SyncContext } from "./sync/sync-context.ts";
import { browserSyncDeps, SyncController } from "./sync/sync-controller.ts";

startRouter();
const root = document.getElementById("app");
// The app's one sync controller, made here and handed to the screens that show or change it.
const sync = new SyncController(browserSyncDeps());

/**
 * The service worker, its update prompt and the in-app reminders, started once the page has
 * loaded, the first screen's code is in and the browser is idle: they matter to every screen
 * but draw nothing a person waits for, so their code (Workbox's window part, the reminder and
 * calendar rules) stays out of the first load instead of competing with the screen opened.
 */
function startDeviceWhenIdle(): void {
  const screen = matchRoute(currentPath.value)?.screen;
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === "complete") resolve();
    else addEventListener("load", () => resolve(), { once: true });
  });
  const screenIn = Promise.resolve(screen?.preload?.()).catch(() => undefined);
  const start = () =>
    import("./pwa/start-pwa.tsx").then(
      (m) => m.startPwa(),
      (err: unknown) => console.warn("the service worker and reminders could not start", err),
    );
  // Neither promise rejects (the screen's failure is caught above); the handler says so to the linter.
  Promise.all([loaded, screenIn]).then(
    () => {
      if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: 3000 });
      else setTimeout(start, 500);
    },
    () => undefined,
  );
}

/** Everything after the language: each part may say something, so none runs before it. */
function startApp(): void {
  if (root) {
    const app = (
      <SyncContext.Provider value={sync}>
        <AppShell />
      </SyncContext.Provider>
    );
    mountApp(app, root).catch((err: unknown) => {
      console.warn("the page stays as the build made it: its screen could not be loaded", err);
    });
  }
  startDeviceWhenIdle();
  // A session finished while the device's storage failed waits in localStorage: write it now.
  savingLeftovers.run();
  // Sync on start: asks who is signed in and, when someone is, pushes and pulls in the background.
  sync.start();
}

if (root) {
  startLanguage(root).then(
    (started) => {
      if (started) startApp();
    },
    (err: unknown) => {
      console.warn("the page stays as the build made it: its language could not be loaded", err);
    },
  );
}
