import { ZONES, type ZoneId } from "../model/zones.ts";
import { addDays, diffDays, type LocalDate } from "../time/local-date.ts";
import type { Injectable, Reason } from "./profile.ts";

/**
 * Days a zone stays blocked after an injection. The injection day is day 0, so days 0 to 13 are
 * blocked and day 14 is allowed again: "blocked for 14 days from it". For Botox injectors quote
 * 4 hours to 2 weeks; for filler 14 days is our default and some advise up to 6 weeks.
 */
export const INJECTABLE_BLOCK_DAYS = 14;

/**
 * True when the injection blocks its zone on `date`. An injection dated after `date` has not
 * happened yet and blocks nothing (the planner refuses such dates as input errors).
 */
export function isBlocking(injectable: Injectable, date: LocalDate): boolean {
  const days = diffDays(injectable.date, date);
  return days >= 0 && days < INJECTABLE_BLOCK_DAYS;
}

/** One reason for each injection that blocks its zone on `date`. */
export function injectableReasons(
  injectables: readonly Injectable[],
  date: LocalDate,
): readonly Reason[] {
  return injectables.filter((i) => isBlocking(i, date)).map((i) => injectableReason(i));
}

function injectableReason(injectable: Injectable): Reason {
  const zone = ZONES[injectable.zone].area;
  const until = addDays(injectable.date, INJECTABLE_BLOCK_DAYS);
  const zones: readonly ZoneId[] = [injectable.zone];
  if (injectable.kind === "botox") {
    return {
      code: "botox-recent",
      zones,
      message: `Botox in ${zone} on ${injectable.date}: we leave that area out until ${until}, because rubbing a treated area can move the product before it settles. If your injector said otherwise, follow them.`,
    };
  }
  return {
    code: "filler-recent",
    zones,
    message: `Filler in ${zone} on ${injectable.date}: we leave that area out until ${until}. That is our default; some injectors ask for up to six weeks, so check with yours.`,
  };
}
