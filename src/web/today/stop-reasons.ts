import type { Condition } from "../../core/model/conditions.ts";
import type { Plan } from "../../core/planner/plan-types.ts";
import { procedureEffects } from "../../core/safety/procedures.ts";
import type { Reason, ReasonCode } from "../../core/safety/profile.ts";
import { conditionStops } from "../../core/safety/stop-rules.ts";
import type { ProfileBody } from "../../core/setup/profile-body.ts";
import type { LocalDate } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";

/**
 * The reasons a stopped plan shows: only those that stop it. The screen lists every reason
 * (a Botox adjustment too) so a planned session says everything at once, but on a day with no
 * massage "skip the forehead" does not apply. When the adjustments themselves left nothing to
 * plan, they are the reason, and all of them show.
 */
export function stopReasons(plan: Plan, profile: ProfileBody, day: LocalDate): readonly Reason[] {
  if (plan.reasons.some((r) => r.code === "nothing-to-plan")) return plan.reasons;
  const procedures = profile.procedures.filter((p) => p.date <= day);
  const stopping = new Set(
    [...conditionStops(profile, t), ...procedureEffects(procedures, day, t).stops].map(
      (r) => r.message,
    ),
  );
  const stops = plan.reasons.filter((r) => stopping.has(r.message));
  return stops.length > 0 ? stops : plan.reasons;
}

/** An answer that passes by itself, and the words of the button that says it has. */
export interface Passing {
  readonly condition: Condition;
  readonly cleared: string;
}

/** The answers that pass by themselves; each button's words are `today.stopped.cleared.<it>`. */
const PASSING_CONDITIONS = ["infection", "fever", "migraine-now"] as const;

/** The "it has cleared" answer a stop reason offers, when its cause passes by itself. */
export function passingFor(code: ReasonCode): Passing | undefined {
  const condition = PASSING_CONDITIONS.find((c) => c === code);
  return condition && { condition, cleared: t(`today.stopped.cleared.${condition}`) };
}

/** Reasons after which the rest of the routine is not simply "fine as usual". */
const NOT_AS_USUAL: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  "throat-swelling",
  "pregnancy-swelling",
  "unexplained-swelling",
  "infection",
]);

/**
 * What the stop card says about the routine's other steps: as usual for most stops, but not
 * after an emergency, unexplained swelling or an infection, where touching the face is the point.
 */
export function otherStepsLine(reasons: readonly Reason[]): string | undefined {
  if (reasons.some((r) => r.code === "infection")) return t("today.stopped.infection");
  if (reasons.some((r) => NOT_AS_USUAL.has(r.code))) return undefined;
  return t("today.stopped.as-usual");
}
