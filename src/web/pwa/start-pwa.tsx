import { render } from "preact";
import "./pwa-host.css";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { savingLeftovers } from "../player/leftover-sessions.ts";
import { ReminderBanner } from "../reminders/reminder-banner.tsx";
import { startReminders } from "../reminders/reminder-notifier.ts";
import { registerServiceWorker } from "./register-sw.ts";
import { UpdatePrompt } from "./update-prompt.tsx";

function DeviceBanners() {
  return (
    <>
      <UpdatePrompt />
      <ReminderBanner />
      <ProblemNotice problem={savingLeftovers.problem.value} />
    </>
  );
}

/**
 * Starts what runs on the device whatever screen is open: the service worker (with its update
 * prompt) and the in-app reminders. Their banners live in their own region above the app shell,
 * in the page flow (a fixed banner would cover the controls of whatever screen is open).
 */
export function startPwa(): void {
  const host = document.createElement("div");
  host.className = "pwa-host";
  document.body.prepend(host);
  render(<DeviceBanners />, host);
  registerServiceWorker();
  startReminders();
}
