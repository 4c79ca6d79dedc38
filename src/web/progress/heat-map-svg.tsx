import { dayInWords, heatMap } from "../../core/progress/heat-map.ts";
import { count } from "../common/words.ts";
import { t } from "../i18n/language.ts";
import type { ProgressData } from "./progress-data.ts";

const CELL = 16;
const GAP = 3;
const LEFT = 30;
const TOP = 4;
const ROW_NAMES = ["Mon", "", "Wed", "", "Fri", "", "Sun"];

/**
 * Twelve weeks as an SVG grid: one column per week, one cell per day, its top half the morning
 * and its bottom half the evening. Each day carries its own label, so a screen reader can step
 * through the days; the legend explains the halves in words.
 */
export function HeatMapSvg({ data }: { data: ProgressData }) {
  const map = heatMap(data.consistency?.days ?? [], data.today, t);
  const width = LEFT + map.weeks.length * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  return (
    <section aria-labelledby="heat-heading" class="progress-card">
      <h2 id="heat-heading">Last 12 weeks</h2>
      <p id="heat-summary">
        {count(map.amDays, "morning")} and {count(map.pmDays, "evening")} with a session since{" "}
        {dayInWords(map.from, t)}.
      </p>
      <svg
        class="heat-map"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="heat-title heat-summary"
      >
        <title id="heat-title">Sessions in the last 12 weeks, mornings above evenings</title>
        {ROW_NAMES.map((name, row) =>
          name ? (
            <text key={name} x={0} y={TOP + row * (CELL + GAP) + CELL - 4} class="heat-label">
              {name}
            </text>
          ) : null,
        )}
        {map.weeks.map((week, col) =>
          week.map((day, row) => {
            const x = LEFT + col * (CELL + GAP);
            const y = TOP + row * (CELL + GAP);
            const state = (done: boolean) => (day.future ? "future" : done ? "done" : "missed");
            return (
              <g key={day.date} data-date={day.date}>
                <title>{day.label}</title>
                <rect
                  x={x}
                  y={y}
                  width={CELL}
                  height={CELL / 2}
                  class={`heat-am ${state(day.am)}`}
                />
                <rect
                  x={x}
                  y={y + CELL / 2}
                  width={CELL}
                  height={CELL / 2}
                  class={`heat-pm ${state(day.pm)}`}
                />
              </g>
            );
          }),
        )}
      </svg>
      <ol class="visually-hidden" aria-label="Each day of the last 12 weeks">
        {map.weeks.flat().map((day) => (
          <li key={day.date}>{day.label}</li>
        ))}
      </ol>
      <p class="muted legend">
        <span class="swatch am" aria-hidden="true" /> top half: morning ·{" "}
        <span class="swatch pm" aria-hidden="true" /> bottom half: evening
      </p>
    </section>
  );
}
