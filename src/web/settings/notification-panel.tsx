import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";

type Permission = NotificationPermission | "unsupported";

const current = (): Permission =>
  typeof Notification === "undefined" ? "unsupported" : Notification.permission;

const EXPLAIN: Readonly<Record<Permission, string>> = {
  granted: "Allowed: while Nura is open, a reminder comes as a notification.",
  denied: "Blocked in your browser: while Nura is open, reminders show as a banner instead.",
  default:
    "While Nura is open, reminders show as a banner. Allow notifications to get them as notifications.",
  unsupported: "This browser has no notifications: while Nura is open, reminders show as a banner.",
};

/** Whether in-app reminders come as notifications, and the button to allow them. */
export function NotificationPanel() {
  const [permission, setPermission] = useState<Permission>(current());
  const asking = useAction("ask for notifications", async () => {
    setPermission(await Notification.requestPermission());
  });
  return (
    <section aria-labelledby="notify-title">
      <h2 id="notify-title">While the app is open</h2>
      <p>{EXPLAIN[permission]}</p>
      {permission === "default" ? (
        <button type="button" disabled={asking.busy.value} onClick={() => asking.run()}>
          Allow notifications
        </button>
      ) : null}
      <ProblemNotice problem={asking.problem.value} />
    </section>
  );
}
