import { useState } from "preact/hooks";
import { MEASURES } from "../../core/progress/checkin.ts";
import { trendSummary } from "../../core/progress/trend.ts";
import { addDays } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";
import { ButtonLink } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import type { ProgressData } from "./progress-data.ts";
import { TrendChart } from "./trend-chart.tsx";
import { chartSeries, datedScores, datedSlots } from "./trend-data.ts";

/** Recent weeks by default: a daily 1–5 score over years is noise at a glance. */
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
    scores: datedScores(data, m).filter((l) => l.date >= from),
  })).filter((x) => x.scores.length > 0);
  return (
    <Card as="section" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t("progress.trends.title")}</h2>
      {data.checkins.length === 0 ? (
        <>
          <p>{t("progress.trends.empty")}</p>
          <ButtonLink href="/progress/check-in" variant="secondary">
            {t("progress.checkin.now")}
          </ButtonLink>
        </>
      ) : (
        <>
          <p class="muted">{t("trend.caveat")}</p>
          <Checkbox
            label={t("progress.trends.all-time")}
            checked={all}
            onChange={(e) => setAll((e.currentTarget as HTMLInputElement).checked)}
          />
          {rated.length === 0 ? <p>{t("progress.trends.none-recent")}</p> : null}
          <div class="trend-grid">
            {rated.map(({ m, scores }) => {
              const trend = trendSummary(m, scores, slots, t);
              const name = t(`checkin.measure.${m}.name`);
              return (
                <figure key={m} class="trend" data-measure={m}>
                  <figcaption class="trend-text">{trend.text}</figcaption>
                  <TrendChart
                    series={chartSeries(scores, data)}
                    name={name}
                    label={t("progress.trends.chart-label", { measure: name, trend: trend.text })}
                  />
                </figure>
              );
            })}
          </div>
        </>
      )}
    </Card>
  );
}
