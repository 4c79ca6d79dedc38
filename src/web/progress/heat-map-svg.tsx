import { weekdayNames } from "../../core/i18n/format-date.ts";
import { dayInWords, heatMap } from "../../core/progress/heat-map.ts";
import { t } from "../i18n/language.ts";
import { Card } from "../ui/card.tsx";
import type { ProgressData } from "./progress-data.ts";

const CELL = 16;
const GAP = 3;
const LEFT = 30;
const TOP = 4;

/** Every other row named (Monday, Wednesday, Friday, Sunday), in the app's language. */
function rowNames(): string[] {
  const names = weekdayNames(t.locale, "short");
  // Rows run Monday first; weekdayNames runs Sunday first.
  return [0, 1, 2, 3, 4, 5, 6].map((row) => (row % 2 === 0 ? (names[(row + 1) % 7] ?? "") : ""));
}

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
    <Card as="section" aria-labelledby="heat-heading">
      <h2 id="heat-heading">{t("progress.heat.title")}</h2>
      <p id="heat-summary">
        {t("progress.heat.summary", {
          mornings: map.amDays,
          evenings: map.pmDays,
          since: dayInWords(map.from, t),
        })}
      </p>
      <svg
        class="heat-map"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="heat-title heat-summary"
      >
        <title id="heat-title">{t("progress.heat.image")}</title>
        {rowNames().map((name, row) =>
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
      <ol class="visually-hidden" aria-label={t("progress.heat.days")}>
        {map.weeks.flat().map((day) => (
          <li key={day.date}>{day.label}</li>
        ))}
      </ol>
      <p class="muted legend">
        <span class="swatch am" aria-hidden="true" /> {t("progress.heat.legend.am")} ·{" "}
        <span class="swatch pm" aria-hidden="true" /> {t("progress.heat.legend.pm")}
      </p>
    </Card>
  );
}
