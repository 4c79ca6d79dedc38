import { formatDay } from "../i18n/format-date.ts";
import type { Translate } from "../i18n/translate.ts";
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

/** One adjustment for each injection that still changes the plan on `date`. */
export function injectableAdjustments(
  injectables: readonly Injectable[],
  date: LocalDate,
  t: Translate,
): readonly Adjustment[] {
  return injectables.flatMap((i) => {
    const found = injectableAdjustment(i, diffDays(i.date, date), t);
    return found === undefined ? [] : [found];
  });
}

function injectableAdjustment(
  injectable: Injectable,
  days: number,
  t: Translate,
): Adjustment | undefined {
  const { kind, zone, date } = injectable;
  if (days < 0 || days >= (kind === "filler" ? FILLER_SETTLE_DAYS : INJECTABLE_BLOCK_DAYS))
    return undefined;
  const area = injectedArea(kind, zone);
  // Days in words, in the reader's language ("3 April 2026"), never an ISO date to decode.
  const day = (n: number): string => formatDay(t.locale, addDays(date, n));
  const until = day(INJECTABLE_BLOCK_DAYS);
  const settled = day(FILLER_SETTLE_DAYS);
  const words = {
    what: t("reason.injectable.what", { kind, area: t(`zone.${zone}.area`), date: day(0) }),
    near: area.length > 1 ? "yes" : "no",
    zones: zoneNames(area.slice(1), t),
    until,
    settled,
    why: t("reason.injectable.why", { kind, settled }),
  };
  const code = kind === "botox" ? "botox-recent" : "filler-recent";
  if (days < INJECTION_REST_DAYS) {
    return {
      reason: {
        code,
        zones: FACE_ZONES,
        message: t("reason.injectable.rest", {
          ...words,
          from: day(INJECTION_REST_DAYS),
        }),
      },
      excludedZones: FACE_ZONES,
    };
  }
  if (days < INJECTABLE_BLOCK_DAYS) {
    return {
      reason: { code, zones: area, message: t("reason.injectable.block", words) },
      excludedZones: area,
      zoneBannedTools: noToolsOn(FACE_ZONES),
    };
  }
  return {
    reason: { code: "filler-settling", message: t("reason.injectable.settling", words) },
    zonePressureCaps: capOn(area, 1),
    zoneBannedTools: noToolsOn(area),
  };
}
