import type { RoutineStepEntry } from "../../core/setup/routine-body.ts";

/**
 * A key for the step at `index` that moves with it: its kind and name, and which of the steps
 * alike it is. An index would stay behind when the step moves, and focus and a refusal with it.
 */
export function stepKey(steps: readonly RoutineStepEntry[], index: number): string {
  const step = steps[index];
  if (step === undefined) return `missing-${index}`;
  const same = (s: RoutineStepEntry) => s.kind === step.kind && s.name === step.name;
  const nth = steps.slice(0, index).filter(same).length;
  return `${step.kind}:${step.name ?? ""}:${nth}`;
}
