import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { t } from "../i18n/language.ts";
import { CheckinForm } from "./checkin-form.tsx";
import { HistoryList } from "./history-list.tsx";
import { PhotosScreen } from "./photos/photos-screen.tsx";
import { ProgressOverview } from "./progress-overview.tsx";
import { useProgress } from "./use-progress.ts";
import { DataScreen } from "./your-data/data-screen.tsx";
import "./progress.css";

const TABS = [
  { path: "/progress", name: "overview" },
  { path: "/progress/check-in", name: "check-in" },
  { path: "/progress/history", name: "history" },
  { path: "/progress/photos", name: "photos" },
  { path: "/progress/data", name: "data" },
] as const;

/** The progress area: one route, sub-pages by path, a sub-navigation between them. */
export function ProgressScreen({ path }: { path: string }) {
  const { data, records, problem } = useProgress();
  const tab = TABS.find((x) => x.path === path) ?? TABS[0];
  let body = <Waiting problem={problem}>{t("progress.loading")}</Waiting>;
  if (data && records) {
    if (tab.path === "/progress/check-in") body = <CheckinForm key={location.search} />;
    else if (tab.path === "/progress/history") body = <HistoryList data={data} records={records} />;
    else if (tab.path === "/progress/photos") body = <PhotosScreen records={records} />;
    else if (tab.path === "/progress/data") body = <DataScreen data={data} records={records} />;
    else body = <ProgressOverview data={data} />;
  }
  return (
    <div class="progress">
      <h1>{t("progress.title")}</h1>
      <nav aria-label={t("progress.title")} class="sub-nav">
        <ul>
          {TABS.map((x) => (
            <li key={x.path}>
              <a href={x.path} aria-current={x === tab ? "page" : undefined}>
                {t(`progress.tab.${x.name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {data ? <ProblemNotice problem={problem} /> : null}
      {body}
    </div>
  );
}
