import type { DatedProgrammeDay } from "../../core/programme/programme-days.ts";
import { PROGRAMME_IDS, PROGRAMMES, type Programme } from "../../core/programme/programmes.ts";
import { translatorFor } from "../../i18n/node-translator.ts";
import { textTable } from "./text-table.ts";

/** `nura programme` prints in English (it has no `--lang` yet). */
const en = translatorFor("en");

/** The programmes as text: one row each, then what each follows. */
export function renderProgrammeList(): string {
  const rows = [
    ["id", "name", "days", "what it is"],
    ...PROGRAMME_IDS.map((id) => {
      const p = PROGRAMMES[id];
      return [p.id, en(`programme.${id}.name`), String(p.days), en(`programme.${id}.summary`)];
    }),
  ];
  const basis = PROGRAMME_IDS.map((id) => `  ${id}: ${en(`programme.${id}.basis`)}`);
  return `${[
    "Programmes",
    "",
    ...textTable(rows),
    "",
    "What each follows (app defaults built on these study doses):",
    ...basis,
    "",
    'Run "nura programme show ID --start YYYY-MM-DD" for its days.',
  ].join("\n")}\n`;
}

function minutes(d: DatedProgrammeDay): string {
  if (d.main === undefined) return "-";
  return d.evening === undefined
    ? String(d.main.minutes)
    : `${d.main.minutes} + ${d.evening.minutes} evening`;
}

function tools(d: DatedProgrammeDay): string {
  if (d.main?.tools) return "yes";
  return d.evening?.tools ? "evening" : "-";
}

/** A programme's days as text: stages, then one row per day (date, minutes, focus, rest). */
export function renderProgrammeDays(
  programme: Programme,
  days: readonly DatedProgrammeDay[],
): string {
  const first = days[0]?.date ?? "";
  const last = days.at(-1)?.date ?? "";
  const rows = [
    ["day", "date", "minutes", "focus", "tools", "rest", "check-in"],
    ...days.map((d) => [
      String(d.day),
      d.date,
      minutes(d),
      d.main === undefined ? "-" : en(`programme.focus.${d.main.focus}.name`),
      tools(d),
      d.rest ? "rest" : "-",
      d.checkIn ? "check-in and photo" : "",
    ]),
  ];
  return `${[
    `${en(`programme.${programme.id}.name`)}, ${first} to ${last} (${programme.days} days)`,
    en(`programme.${programme.id}.basis`),
    "",
    "Stages:",
    ...programme.stages.map(
      (s) =>
        `  ${en(`programme.stage.${s.id}.name`)}, days ${s.days[0]}-${s.days[1]}: ${en(`programme.stage.${s.id}.adds`)}`,
    ),
    "",
    ...textTable(rows),
  ].join("\n")}\n`;
}
