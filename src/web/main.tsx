import { render } from "preact";
import { startPwa } from "./pwa/start-pwa.tsx";
import { startRouter } from "./router.ts";
import { AppShell } from "./shell/app-shell.tsx";
import { startSync } from "./sync/sync-controller.ts";
import "./styles/base.css";

startRouter();
const root = document.getElementById("app");
if (root) render(<AppShell />, root);
startPwa();
// Sync on start: asks who is signed in and, when someone is, pushes and pulls in the background.
void startSync();
