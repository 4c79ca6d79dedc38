import type { Routine } from "../../core/routine/routine-types.ts";
import type { Translator } from "../../i18n/message-ids.ts";

/** A routine as text: numbered steps with their how-to, then warnings. */
export function renderRoutine(routine: Routine, t: Translator): string {
  const names = routine.steps.map((s) =>
    s.name === undefined
      ? t(`routine.kind.${s.kind}.name`)
      : `${t(`routine.kind.${s.kind}.name`)} (${s.name})`,
  );
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines = [t("cli.routine.title", { slot: t(`slot.${routine.slot}.name`) }), ""];
  routine.steps.forEach((step, i) => {
    const see =
      step.guide === undefined
        ? ""
        : ` ${t("cli.routine.guide", { path: `/learn/guides/${step.guide}` })}`;
    lines.push(
      `${String(i + 1).padStart(2)}. ${(names[i] ?? "").padEnd(width)}  ${step.how}${see}`,
    );
  });
  if (routine.warnings.length > 0) {
    lines.push("", t("cli.routine.warnings"));
    for (const w of routine.warnings) lines.push(`  ${w.code}: ${w.message}`);
  }
  return `${lines.join("\n")}\n`;
}
