import { useLayoutEffect } from "preact/hooks";
import { t } from "../i18n/language.ts";
import { ProgrammeProgress } from "../programme/programme-progress.tsx";
import { ButtonLink } from "../ui/button.tsx";
import { ConsistencyPanel } from "./consistency-panel.tsx";
import { HeatMapSvg } from "./heat-map-svg.tsx";
import type { ProgressData } from "./progress-data.ts";
import { ReactionsPanel } from "./reactions-panel.tsx";
import { TrendsPanel } from "./trends-panel.tsx";

/** Marks the moment the overview (charts included) is on screen, for the render benchmark. */
export const RENDERED_MARK = "nura:progress-rendered";

/** The progress overview: consistency, 12-week heat map, trends and reactions. */
export function ProgressOverview({ data }: { data: ProgressData }) {
  useLayoutEffect(() => {
    // The charts' layout effects ran before this one and queued their canvas drawing as
    // microtasks; a microtask queued now runs after those, when everything is drawn.
    queueMicrotask(() => performance.mark(RENDERED_MARK));
  }, [data]);
  return (
    <div class="progress-overview">
      <p class="progress__lead">
        <ButtonLink href="/progress/check-in">{t("progress.checkin.now")}</ButtonLink>
      </p>
      <div class="columns">
        <ConsistencyPanel consistency={data.consistency} />
        <HeatMapSvg data={data} />
      </div>
      <ProgrammeProgress data={data} />
      <TrendsPanel data={data} />
      <ReactionsPanel data={data} />
    </div>
  );
}
