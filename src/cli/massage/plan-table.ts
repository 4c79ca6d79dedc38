import type { Plan, PlanStep } from "../../core/planner/plan-types.ts";
import type { Translator } from "../../i18n/message-ids.ts";
import { textTable as table } from "./text-table.ts";

const clock = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

const COLUMNS = [
  "at",
  "zone",
  "side",
  "technique",
  "tool",
  "pressure",
  "time",
  "sections",
  "reps",
] as const;

/**
 * Repetitions along each section: exact for a tool (its time follows from them), "~" for a
 * finger movement's target, blank for one done by time.
 */
function repsCell(step: PlanStep): string {
  if (step.reps === undefined) return "";
  return step.tool === "fingers" ? `~${step.reps}` : String(step.reps);
}

/**
 * A plan as text a person reads in a terminal: header, reasons, notes, one row per step with its
 * sections (lines) and the repetitions along each; names of zones, movements, tools and pressures
 * in `t`'s language.
 */
export function renderPlan(plan: Plan, t: Translator): string {
  const lines = [
    t("cli.plan.header", {
      slot: t(`slot.${plan.slot}.name`),
      minutes: plan.minutes,
      date: plan.date,
      order: plan.order,
    }),
    t("cli.plan.safety", { verdict: plan.verdict }),
  ];
  for (const reason of plan.reasons) lines.push(`  ${reason.code}: ${reason.message}`);
  for (const note of plan.notes)
    lines.push(`  ${t("cli.plan.note", { code: note.code, message: note.message })}`);
  if (plan.steps.length === 0) return `${lines.join("\n")}\n`;
  let at = 0;
  const rows = [["#", ...COLUMNS.map((c) => t(`cli.plan.column.${c}`))]];
  plan.steps.forEach((step, i) => {
    rows.push([
      String(i + 1),
      clock(at),
      t(`zone.${step.zone}.name`),
      t("cli.plan.side", { side: step.side }),
      t(`technique.${step.technique}.name`),
      t(`tool.${step.tool}.name`),
      `${step.pressure} ${t(`pressure.${step.pressure}.name`)}`,
      `${step.seconds}s`,
      String(step.sections),
      repsCell(step),
    ]);
    at += step.seconds;
  });
  lines.push("", ...table(rows), "", t("cli.plan.total", { time: clock(plan.totalSeconds) }));
  return `${lines.join("\n")}\n`;
}
