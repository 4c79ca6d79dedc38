import { render } from "preact";
import { startRouter } from "./router.ts";
import { AppShell } from "./shell/app-shell.tsx";
import { startSync } from "./sync/sync-controller.ts";
import "./styles/base.css";

startRouter();
const root = document.getElementById("app");
if (root) render(<AppShell />, root);
// Sync on start: asks who is signed in and, when someone is, pushes and pulls in the background.
void startSync();
