import type { RoutineBody, RoutineStepEntry } from "./routine-body.ts";

/**
 * The step of a routine that follows its massage, as the person arranged it ("now your
 * moisturizer"); `undefined` when the massage is the routine's last step.
 */
export function stepAfterMassage(routine: RoutineBody): RoutineStepEntry | undefined {
  const massage = routine.steps.findIndex((s) => s.kind === "massage");
  return massage < 0 ? undefined : routine.steps[massage + 1];
}
