import { render } from "preact";
import "../setup/daily.css";
import { registerServiceWorker } from "./register-sw.ts";
import { UpdatePrompt } from "./update-prompt.tsx";

/**
 * Registers the service worker and mounts the update prompt in its own live region above the app
 * shell, in the page flow (a fixed banner would cover the controls of whatever screen is open).
 */
export function startPwa(): void {
  const host = document.createElement("div");
  host.className = "pwa-host";
  document.body.prepend(host);
  render(<UpdatePrompt />, host);
  registerServiceWorker();
}
