import { SLOT_NAMES } from "../../core/model/slots.ts";
import { STEP_KIND_NAMES } from "../../core/routine/product-kinds.ts";
import type { Routine } from "../../core/routine/routine-types.ts";

/** A routine as text: numbered steps with their how-to, then warnings. */
export function renderRoutine(routine: Routine): string {
  const names = routine.steps.map((s) =>
    s.name === undefined ? STEP_KIND_NAMES[s.kind] : `${STEP_KIND_NAMES[s.kind]} (${s.name})`,
  );
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines = [`${SLOT_NAMES[routine.slot]} routine`, ""];
  routine.steps.forEach((step, i) => {
    const see = step.guide === undefined ? "" : ` (guide: /learn/guides/${step.guide})`;
    lines.push(
      `${String(i + 1).padStart(2)}. ${(names[i] ?? "").padEnd(width)}  ${step.how}${see}`,
    );
  });
  if (routine.warnings.length > 0) {
    lines.push("", "Warnings:");
    for (const w of routine.warnings) lines.push(`  ${w.code}: ${w.message}`);
  }
  return `${lines.join("\n")}\n`;
}
