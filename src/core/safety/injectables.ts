import { ZONES } from "../model/zones.ts";
import { addDays, diffDays, type LocalDate } from "../time/local-date.ts";
import { type Adjustment, capOn, FACE_ZONES, noToolsOn, zoneNames } from "./adjustment.ts";
import { injectedArea } from "./injection-neighbours.ts";
import type { Injectable } from "./profile.ts";

/**
 * Days an injected zone and its neighbours stay out, and the face stays free of tools. The
 * injection day is day 0, so days 0 to 13 are blocked and day 14 is allowed again. For Botox
 * injectors quote 4 hours to 2 weeks; for filler 14 days is our default and some advise up to 6.
 */
export const INJECTABLE_BLOCK_DAYS = 14;
/** The injection day and the next: no face massage at all (domain notes, section 5b). */
export const INJECTION_REST_DAYS = 2;
/** Filler: until this day the filled area keeps the lightest pressure and no tools. */
export const FILLER_SETTLE_DAYS = 28;

/**
 * True when the injection still leaves its zone out on `date`. An injection dated after `date`
 * has not happened yet and blocks nothing (the planner refuses such dates as input errors).
 */
export function isBlocking(injectable: Injectable, date: LocalDate): boolean {
  const days = diffDays(injectable.date, date);
  return days >= 0 && days < INJECTABLE_BLOCK_DAYS;
}

const INJECTOR_WORD = "If your injector told you otherwise, follow them.";
const FILLER_WORD =
  "That is our default; some injectors ask for up to six weeks, so check with yours. If the skin near the filler turns white or dusky, or hurts badly, call your injector at once.";

/** One adjustment for each injection that still changes the plan on `date`. */
export function injectableAdjustments(
  injectables: readonly Injectable[],
  date: LocalDate,
): readonly Adjustment[] {
  return injectables.flatMap((i) => {
    const found = injectableAdjustment(i, diffDays(i.date, date));
    return found === undefined ? [] : [found];
  });
}

function injectableAdjustment(injectable: Injectable, days: number): Adjustment | undefined {
  const { kind, zone, date } = injectable;
  if (days < 0 || days >= (kind === "filler" ? FILLER_SETTLE_DAYS : INJECTABLE_BLOCK_DAYS))
    return undefined;
  const area = injectedArea(kind, zone);
  const near = area.length > 1 ? ` and the areas next to it (${zoneNames(area.slice(1))})` : "";
  const what = `${kind === "botox" ? "Botox" : "Filler"} in ${ZONES[zone].area} on ${date}`;
  const until = addDays(date, INJECTABLE_BLOCK_DAYS);
  const settled = addDays(date, FILLER_SETTLE_DAYS);
  const code = kind === "botox" ? "botox-recent" : "filler-recent";
  const why =
    kind === "botox"
      ? "because rubbing can push the product toward nearby muscles and make an eyelid or brow droop."
      : `because pressing can move the filler. After that, until ${settled}, those areas get only the lightest pressure and no tools.`;
  const after = kind === "botox" ? INJECTOR_WORD : FILLER_WORD;
  if (days < INJECTION_REST_DAYS) {
    return {
      reason: {
        code,
        zones: FACE_ZONES,
        message: `${what}: no face massage on the day of it or the day after, only the neck and shoulders. From ${addDays(date, INJECTION_REST_DAYS)} until ${until} we leave out that area${near} and keep tools off the face, ${why} ${after}`,
      },
      excludedZones: FACE_ZONES,
    };
  }
  if (days < INJECTABLE_BLOCK_DAYS) {
    return {
      reason: {
        code,
        zones: area,
        message: `${what}: until ${until} we leave out that area${near} and keep tools off the face, ${why} ${after}`,
      },
      excludedZones: area,
      zoneBannedTools: noToolsOn(FACE_ZONES),
    };
  }
  return {
    reason: {
      code: "filler-settling",
      message: `${what}: until ${settled} that area${near} gets only the lightest pressure and no tools, so the filler is not pushed out of place. Some injectors ask for longer, so check with yours.`,
    },
    zonePressureCaps: capOn(area, 1),
    zoneBannedTools: noToolsOn(area),
  };
}
