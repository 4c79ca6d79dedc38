import { useState } from "preact/hooks";
import { ProblemNotice } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { t } from "../i18n/language.ts";
import { Button } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Bell } from "../ui/icons.ts";

type Permission = NotificationPermission | "unsupported";

const current = (): Permission =>
  typeof Notification === "undefined" ? "unsupported" : Notification.permission;

/** Whether in-app reminders come as notifications, and the button to allow them. */
export function NotificationPanel() {
  const [permission, setPermission] = useState<Permission>(current());
  const asking = useAction(t("settings.notify.asking"), async () => {
    setPermission(await Notification.requestPermission());
  });
  return (
    <Card as="section" class="stack" aria-labelledby="notify-title">
      <h2 id="notify-title" class="section-title">
        {t("settings.notify.title")}
      </h2>
      <p>{t("settings.notify.state", { permission })}</p>
      {permission === "default" ? (
        <div>
          <Button
            variant="secondary"
            icon={Bell}
            busy={asking.busy.value}
            onClick={() => asking.run()}
          >
            {t("settings.notify.allow")}
          </Button>
        </div>
      ) : null}
      <ProblemNotice problem={asking.problem.value} />
    </Card>
  );
}
