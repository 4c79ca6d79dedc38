import { navigate } from "../router.ts";
import { reminderBanner } from "./reminder-notifier.ts";

/** The in-page reminder, for when notifications are not allowed. */
export function ReminderBanner() {
  const banner = reminderBanner.value;
  if (banner === null) return null;
  return (
    <div class="reminder-banner" role="alert">
      <p>{banner.text}</p>
      <button
        type="button"
        class="primary"
        onClick={() => {
          reminderBanner.value = null;
          navigate("/");
        }}
      >
        Open today's routine
      </button>{" "}
      <button type="button" class="link" onClick={() => (reminderBanner.value = null)}>
        Dismiss
      </button>
    </div>
  );
}
