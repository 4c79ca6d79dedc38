import type { DatedProgrammeDay } from "../../core/programme/programme-days.ts";
import { PROGRAMME_IDS, PROGRAMMES, type Programme } from "../../core/programme/programmes.ts";
import type { Translator } from "../../i18n/message-ids.ts";
import { textTable } from "./text-table.ts";

/** The programmes as text, in `t`'s language: one row each, then what each follows. */
export function renderProgrammeList(t: Translator): string {
  const rows = [
    [
      t("cli.programme.column.id"),
      t("cli.programme.column.name"),
      t("cli.programme.column.days"),
      t("cli.programme.column.about"),
    ],
    ...PROGRAMME_IDS.map((id) => {
      const p = PROGRAMMES[id];
      return [p.id, t(`programme.${id}.name`), String(p.days), t(`programme.${id}.summary`)];
    }),
  ];
  const basis = PROGRAMME_IDS.map((id) => `  ${id}: ${t(`programme.${id}.basis`)}`);
  return `${[
    t("cli.programme.title"),
    "",
    ...textTable(rows),
    "",
    t("cli.programme.about-title"),
    ...basis,
    "",
    t("cli.programme.show-hint"),
  ].join("\n")}\n`;
}

function minutes(d: DatedProgrammeDay, t: Translator): string {
  if (d.main === undefined) return "-";
  return d.evening === undefined
    ? String(d.main.minutes)
    : t("cli.programme.minutes-evening", { main: d.main.minutes, evening: d.evening.minutes });
}

function tools(d: DatedProgrammeDay, t: Translator): string {
  const which = d.main?.tools ? "yes" : d.evening?.tools ? "evening" : "none";
  return t("cli.programme.tools", { tools: which });
}

/**
 * A programme's days as text, in `t`'s language: stages, then one row per day (date, minutes,
 * focus, rest). Dates stay `yyyy-MM-dd`, as `nura plan` prints them, so scripts can read them.
 */
export function renderProgrammeDays(
  programme: Programme,
  days: readonly DatedProgrammeDay[],
  t: Translator,
): string {
  const first = days[0]?.date ?? "";
  const last = days.at(-1)?.date ?? "";
  const columns = ["day", "date", "minutes", "focus", "tools", "rest", "checkin"] as const;
  const rows = [
    columns.map((c) => t(`cli.programme.column.${c}`)),
    ...days.map((d) => [
      String(d.day),
      d.date,
      minutes(d, t),
      d.main === undefined ? "-" : t(`programme.focus.${d.main.focus}.name`),
      tools(d, t),
      d.rest ? t("cli.programme.rest") : "-",
      d.checkIn ? t("cli.programme.checkin") : "",
    ]),
  ];
  const name = t(`programme.${programme.id}.name`);
  return `${[
    t("cli.programme.header", { name, first, last, days: programme.days }),
    t(`programme.${programme.id}.basis`),
    "",
    t("cli.programme.stages"),
    ...programme.stages.map(
      (s) =>
        `  ${t("cli.programme.stage", {
          name: t(`programme.stage.${s.id}.name`),
          from: s.days[0],
          to: s.days[1],
          adds: t(`programme.stage.${s.id}.adds`),
        })}`,
    ),
    "",
    ...textTable(rows),
  ].join("\n")}\n`;
}
