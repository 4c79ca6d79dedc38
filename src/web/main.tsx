import { render } from "preact";
import { startRouter } from "./router.ts";
import { AppShell } from "./shell/app-shell.tsx";
import "./styles/base.css";

startRouter();
const root = document.getElementById("app");
if (root) render(<AppShell />, root);
