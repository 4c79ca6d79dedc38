import { NoticeList } from "../common/notice-list.tsx";
import { Waiting } from "../common/problem-notice.tsx";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import { readReminders } from "../reminders/reminder-store.ts";
import { Card } from "../ui/card.tsx";
import { Icon } from "../ui/icon.tsx";
import { CalendarDays, ChevronRight, Sprout } from "../ui/icons.ts";
import { CalendarPanel } from "./calendar-panel.tsx";
import { LanguageForm } from "./language-form.tsx";
import { NotificationPanel } from "./notification-panel.tsx";
import { RemindersForm } from "./reminders-form.tsx";
import "./settings.css";

/** /settings: the setup answers (edited in /welcome), reminders and the app's language. */
export function SettingsScreen() {
  const loaded = useLoad(t("settings.reading"), async () => {
    const records = await localRecords();
    return { records, reminders: await readReminders(records) };
  }, []);
  const state = loaded.value;
  return (
    <div class="page page--wide settings">
      <header class="page-header">
        <h1>{t("settings.title")}</h1>
      </header>
      <nav aria-label={t("settings.more")}>
        <Card compact>
          <ul class="settings-links">
            <li>
              <a class="settings-link" href="/welcome">
                <Icon icon={Sprout} size={22} />
                <span class="settings-link__text">
                  <span class="settings-link__title">{t("settings.answers.link")}</span>
                  <span class="muted small">{t("settings.answers.text")}</span>
                </span>
                <Icon icon={ChevronRight} size={20} />
              </a>
            </li>
            <li>
              <a class="settings-link" href="/programme">
                <Icon icon={CalendarDays} size={22} />
                <span class="settings-link__text">
                  <span class="settings-link__title">{t("settings.programme.link")}</span>
                  <span class="muted small">{t("settings.programme.text")}</span>
                </span>
                <Icon icon={ChevronRight} size={20} />
              </a>
            </li>
          </ul>
        </Card>
      </nav>
      {state === undefined ? (
        <Waiting problem={loaded.problem}>{t("settings.loading")}</Waiting>
      ) : (
        <div class="columns">
          <div class="stack stack--loose">
            <Card as="section" class="stack" aria-labelledby="reminders-title">
              <h2 id="reminders-title" class="section-title">
                {t("settings.reminders.title")}
              </h2>
              <NoticeList notices={state.reminders.problems} />
              <RemindersForm records={state.records} initial={state.reminders.settings} />
            </Card>
          </div>
          <div class="stack stack--loose">
            <Card as="section" class="stack" aria-labelledby="language-title">
              <h2 id="language-title" class="section-title">
                {t("settings.language.title")}
              </h2>
              <LanguageForm records={state.records} />
            </Card>
            <NotificationPanel />
            <CalendarPanel records={state.records} />
          </div>
        </div>
      )}
    </div>
  );
}
