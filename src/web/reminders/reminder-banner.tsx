import { t } from "../i18n/language.ts";
import { navigate } from "../router.ts";
import { Button } from "../ui/button.tsx";
import { Bell } from "../ui/icons.ts";
import { Notice } from "../ui/notice.tsx";
import { reminderBanner } from "./reminder-notifier.ts";

/** The in-page reminder, for when notifications are not allowed. */
export function ReminderBanner() {
  const banner = reminderBanner.value;
  if (banner === null) return null;
  return (
    <Notice tone="info" role="alert" icon={Bell}>
      <p>{banner.text}</p>
      <div class="cluster">
        <Button
          size="small"
          onClick={() => {
            reminderBanner.value = null;
            navigate("/");
          }}
        >
          {t("reminders.open")}
        </Button>
        <Button variant="quiet" size="small" onClick={() => (reminderBanner.value = null)}>
          {t("ui.dismiss")}
        </Button>
      </div>
    </Notice>
  );
}
