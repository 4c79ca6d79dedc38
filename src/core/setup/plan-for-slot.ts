import type { Translate } from "../i18n/translate.ts";
import type { Medium } from "../model/media.ts";
import type { Slot } from "../model/slots.ts";
import type { ZoneId } from "../model/zones.ts";
import { planSession } from "../planner/plan-session.ts";
import type { PlanResult } from "../planner/plan-types.ts";
import type { SessionOverride } from "../programme/programme-session.ts";
import { type ProductKind, SLIP_KINDS } from "../routine/product-kinds.ts";
import type { RoutineWarning } from "../routine/routine-types.ts";
import { routineWarnings } from "../routine/routine-warnings.ts";
import type { LocalDate } from "../time/local-date.ts";
import type { ProfileBody } from "./profile-body.ts";
import type { RoutineBody } from "./routine-body.ts";

/**
 * The slip medium of a routine: the last product before the massage that gives glide. `undefined`
 * when the routine has none, which Today shows as the composer's "add a medium" warning.
 */
export function routineMedium(routine: RoutineBody): Medium | undefined {
  const massage = routine.steps.findIndex((s) => s.kind === "massage");
  const before = routine.steps.slice(0, massage < 0 ? routine.steps.length : massage);
  const slip = [...before]
    .reverse()
    .find((s) => (SLIP_KINDS as readonly string[]).includes(s.kind));
  return slip === undefined ? undefined : (slip.kind as Medium);
}

/**
 * The composer's warnings for a routine as the person arranged it (actives, sunscreen, …), in
 * the language of `t`.
 */
export function routineBodyWarnings(routine: RoutineBody, t: Translate): readonly RoutineWarning[] {
  const products = routine.steps.filter(
    (s): s is { kind: ProductKind; name?: string } => s.kind !== "massage",
  );
  return routineWarnings(products, routine.slot, routineMedium(routine) !== undefined, t);
}

/**
 * Plans the massage step of a routine for a day from the profile and the zones skipped today.
 * Without a slip product in the routine the plan assumes a moisturizer will be put on: the player
 * asks for the medium before it starts and refuses dry skin, so planning does not block on it.
 * A programme day's `session` sets the minutes, goals, tools and pressure ceiling; the person's
 * health answers, treatments and skipped zones still go through the safety screen.
 */
export function planForSlot(
  profile: ProfileBody,
  routine: RoutineBody,
  slot: Slot,
  date: LocalDate,
  skipZones: readonly ZoneId[],
  t: Translate,
  session?: SessionOverride,
): PlanResult {
  return planSession(
    {
      slot,
      minutes: profile.minutes[slot],
      goals: profile.goals,
      tools: profile.tools,
      fingersOnly: profile.fingersOnly,
      ...session,
      skipZones,
      conditions: profile.conditions,
      // Injections dated after the day (a date typed wrong) would make the whole input invalid.
      injectables: profile.injectables.filter((i) => i.date <= date),
      procedures: profile.procedures.filter((p) => p.date <= date),
      neckCleared: profile.neckCleared,
      ...(profile.age === undefined ? {} : { age: profile.age }),
      medium: routineMedium(routine) ?? "moisturizer",
      date,
    },
    t,
  );
}
