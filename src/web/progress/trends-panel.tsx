import { useState } from "preact/hooks";
import { MEASURES } from "../../core/progress/checkin.ts";
import { trendSummary } from "../../core/progress/trend.ts";
import { addDays } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";
import { Checkbox } from "../ui/choice-row.tsx";
import type { ProgressData } from "./progress-data.ts";
import { TrendChart } from "./trend-chart.tsx";
import { chartSeries, datedLevels, datedSlots } from "./trend-data.ts";

/** Recent weeks by default: a daily 1–5 rating over years is noise at a glance. */
const RECENT_DAYS = 12 * 7;

/**
 * A chart and a plain-words summary for each measure that has ratings, over the last 12 weeks
 * (like the heat map) or all time.
 */
export function TrendsPanel({ data }: { data: ProgressData }) {
  const [all, setAll] = useState(false);
  const from = all ? "" : addDays(data.today, 1 - RECENT_DAYS);
  const slots = datedSlots(data);
  const rated = MEASURES.map((m) => ({
    m,
    levels: datedLevels(data, m).filter((l) => l.date >= from),
  })).filter((x) => x.levels.length > 0);
  return (
    <section aria-labelledby="trends-heading" class="progress-card">
      <h2 id="trends-heading">How your skin felt</h2>
      {data.checkins.length === 0 ? (
        <p>
          No check-ins yet. <a href="/progress/check-in">Check in</a> after a session or any time.
        </p>
      ) : (
        <>
          <p class="muted">{t("trend.caveat")}</p>
          <Checkbox
            label="Show all time (not just the last 12 weeks)"
            checked={all}
            onChange={(e) => setAll((e.currentTarget as HTMLInputElement).checked)}
          />
          {rated.length === 0 ? <p>No ratings in the last 12 weeks.</p> : null}
          <div class="trend-grid">
            {rated.map(({ m, levels }) => {
              const trend = trendSummary(m, levels, slots, t);
              const name = t(`checkin.measure.${m}.name`);
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
          </div>
        </>
      )}
    </section>
  );
}
