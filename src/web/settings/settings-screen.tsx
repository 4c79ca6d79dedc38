import { NoticeList } from "../common/notice-list.tsx";
import { Waiting } from "../common/problem-notice.tsx";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import { readReminders } from "../reminders/reminder-store.ts";
import "../styles/daily.css";
import { CalendarPanel } from "./calendar-panel.tsx";
import { LanguageForm } from "./language-form.tsx";
import { NotificationPanel } from "./notification-panel.tsx";
import { RemindersForm } from "./reminders-form.tsx";

/** /settings: the setup answers (edited in /welcome), reminders and the app's language. */
export function SettingsScreen() {
  const loaded = useLoad("read your reminders", async () => {
    const records = await localRecords();
    return { records, reminders: await readReminders(records) };
  }, []);
  const state = loaded.value;
  return (
    <section class="reminders">
      <h1>Settings</h1>
      <section aria-labelledby="setup-title">
        <h2 id="setup-title">Your answers</h2>
        <p>Goals, skin and health notes, treatments, tools, products and minutes.</p>
        <a href="/welcome">Change your answers</a>
      </section>
      <section aria-labelledby="programme-title">
        <h2 id="programme-title">Programme</h2>
        <p>Follow a two-, five- or eight-week programme, or pause or leave the one under way.</p>
        <a href="/programme">Programmes</a>
      </section>
      {state === undefined ? (
        <Waiting problem={loaded.problem}>Loading…</Waiting>
      ) : (
        <>
          <section aria-labelledby="reminders-title">
            <h2 id="reminders-title">Reminders</h2>
            <NoticeList notices={state.reminders.problems} />
            <RemindersForm records={state.records} initial={state.reminders.settings} />
          </section>
          <section aria-labelledby="language-title">
            <h2 id="language-title">{t("web.settings.language.title")}</h2>
            <LanguageForm records={state.records} />
          </section>
          <NotificationPanel />
          <CalendarPanel records={state.records} />
        </>
      )}
    </section>
  );
}
