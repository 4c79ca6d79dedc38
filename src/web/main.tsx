import { render } from "preact";
import { savingLeftovers } from "./player/leftover-sessions.ts";
import { startPwa } from "./pwa/start-pwa.tsx";
import { startRouter } from "./router.ts";
import { AppShell } from "./shell/app-shell.tsx";
import { startSync } from "./sync/sync-controller.ts";
import "./styles/base.css";

startRouter();
const root = document.getElementById("app");
if (root) render(<AppShell />, root);
startPwa();
// A session finished while the device's storage failed waits in localStorage: write it now.
savingLeftovers.run();
// Sync on start: asks who is signed in and, when someone is, pushes and pulls in the background.
startSync();
