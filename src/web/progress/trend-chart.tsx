import { useLayoutEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { FORMAT_TAGS } from "../../core/i18n/locales.ts";
import { t } from "../i18n/language.ts";
import type { ChartSeries } from "./trend-data.ts";

const HEIGHT = 180;

let colours: { accent: string; muted: string } | undefined;

/** The theme colours for the canvas, read once: each read of computed style costs a style pass. */
function themeColours(): { accent: string; muted: string } {
  if (!colours) {
    const style = getComputedStyle(document.documentElement);
    colours = {
      accent: style.getPropertyValue("--color-primary").trim() || "#2f5d50",
      muted: style.getPropertyValue("--color-text-muted").trim() || "#4a5753",
    };
  }
  return colours;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The day axis in the app's language ("15 Nov", "15. Nov."); x is UTC midnight, in seconds. */
function dayAxisWords(splits: readonly number[]): string[] {
  const tag = FORMAT_TAGS[t.locale];
  let format = dayFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", timeZone: "UTC" });
    dayFormats.set(tag, format);
  }
  const words = format;
  return splits.map((s) => words.format(new Date(s * 1000)));
}

/** The rating axis: numbers, with the ends in words, since every scale runs 1 = worse, 5 = better. */
function scoreAxisWords(splits: readonly number[]): string[] {
  return splits.map((n) =>
    n === 1
      ? t("progress.trend.axis.worse")
      : n === 5
        ? t("progress.trend.axis.better")
        : String(n),
  );
}

/**
 * One measure's chart: the day's score as a line on the 1–5 scale (5 = better), the day's
 * session minutes as bars beneath it on their own axis. uPlot draws on a canvas and sets its sizes through the
 * CSSOM, which the strict CSP allows.
 */
export function TrendChart({
  series,
  name,
  label,
}: {
  series: ChartSeries;
  name: string;
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  // A layout effect, so the chart is drawn before the first paint rather than popping in after it.
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const { accent, muted } = themeColours();
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth || 600),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true }, rating: { range: [0.5, 5.5] }, min: { range: [0, 60] } },
        axes: [
          { stroke: muted, values: (_u, splits) => dayAxisWords(splits) },
          {
            scale: "rating",
            stroke: muted,
            size: 76,
            splits: () => [1, 2, 3, 4, 5],
            values: (_u, splits) => scoreAxisWords(splits),
          },
          {
            scale: "min",
            side: 1,
            stroke: muted,
            label: t("progress.trend.axis.minutes"),
            grid: { show: false },
          },
        ],
        series: [
          {},
          {
            label: name,
            scale: "rating",
            stroke: accent,
            width: 2,
            spanGaps: true,
            points: { size: 5 },
          },
          {
            label: t("progress.trend.series.minutes"),
            scale: "min",
            stroke: muted,
            fill: `${muted}55`,
            paths: uPlot.paths.bars?.({ size: [0.7, 8] }),
            points: { show: false },
          },
        ],
      },
      [series.x, series.rating, series.minutes],
      el,
    );
    return () => plot.destroy();
  }, [series, name]);
  return <div ref={host} class="trend-chart" role="img" aria-label={label} />;
}
