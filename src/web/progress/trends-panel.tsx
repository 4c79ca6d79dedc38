import { MEASURE_NAMES, MEASURES } from "../../core/progress/checkin.ts";
import { TREND_CAVEAT, trendSummary } from "../../core/progress/trend.ts";
import type { ProgressData } from "./progress-data.ts";
import { TrendChart } from "./trend-chart.tsx";
import { chartSeries, datedLevels, datedSlots } from "./trend-data.ts";

/** A chart and a plain-words summary for each measure that has ratings. */
export function TrendsPanel({ data }: { data: ProgressData }) {
  const slots = datedSlots(data);
  const rated = MEASURES.map((m) => ({ m, levels: datedLevels(data, m) })).filter(
    (x) => x.levels.length > 0,
  );
  return (
    <section aria-labelledby="trends-heading" class="progress-card">
      <h2 id="trends-heading">How your skin felt</h2>
      {rated.length === 0 ? (
        <p>
          No check-ins yet. <a href="/progress/check-in">Check in</a> after a session or any time.
        </p>
      ) : (
        <>
          <p class="muted">{TREND_CAVEAT}</p>
          {rated.map(({ m, levels }) => {
            const trend = trendSummary(m, levels, slots);
            const name = MEASURE_NAMES[m];
            return (
              <figure key={m} class="trend" data-measure={m}>
                <figcaption>
                  <strong>{name}</strong> <span class="trend-text">{trend.text}</span>
                </figcaption>
                <TrendChart
                  series={chartSeries(levels, data)}
                  name={name}
                  label={`${name} ratings from 1 to 5 by day, with session minutes as bars beneath. ${trend.text}`}
                />
              </figure>
            );
          })}
        </>
      )}
    </section>
  );
}
