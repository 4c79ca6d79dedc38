import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { CheckinForm } from "./checkin-form.tsx";
import { HistoryList } from "./history-list.tsx";
import { PhotosScreen } from "./photos/photos-screen.tsx";
import { ProgressOverview } from "./progress-overview.tsx";
import { useProgress } from "./use-progress.ts";
import { DataScreen } from "./your-data/data-screen.tsx";
import "./progress.css";

const TABS = [
  { path: "/progress", name: "Overview" },
  { path: "/progress/check-in", name: "Check in" },
  { path: "/progress/history", name: "History" },
  { path: "/progress/photos", name: "Photos" },
  { path: "/progress/data", name: "Your data" },
] as const;

/** The progress area: one route, sub-pages by path, a sub-navigation between them. */
export function ProgressScreen({ path }: { path: string }) {
  const { data, records, problem } = useProgress();
  const tab = TABS.find((t) => t.path === path) ?? TABS[0];
  let body = <Waiting problem={problem}>Loading your progress…</Waiting>;
  if (data && records) {
    if (tab.path === "/progress/check-in") body = <CheckinForm key={location.search} />;
    else if (tab.path === "/progress/history") body = <HistoryList data={data} records={records} />;
    else if (tab.path === "/progress/photos") body = <PhotosScreen records={records} />;
    else if (tab.path === "/progress/data") body = <DataScreen data={data} records={records} />;
    else body = <ProgressOverview data={data} />;
  }
  return (
    <div class="progress">
      <h1>Progress</h1>
      <nav aria-label="Progress" class="sub-nav">
        <ul>
          {TABS.map((t) => (
            <li key={t.path}>
              <a href={t.path} aria-current={t === tab ? "page" : undefined}>
                {t.name}
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
