import { useLayoutEffect } from "preact/hooks";
import { ProgrammeProgress } from "../programme/programme-progress.tsx";
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
    <>
      <p>
        <a class="button" href="/progress/check-in">
          Check in now
        </a>
      </p>
      <ConsistencyPanel consistency={data.consistency} />
      <ProgrammeProgress data={data} />
      <HeatMapSvg data={data} />
      <TrendsPanel data={data} />
      <ReactionsPanel data={data} />
    </>
  );
}
