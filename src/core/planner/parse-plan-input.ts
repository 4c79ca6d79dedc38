import { CONDITIONS } from "../model/conditions.ts";
import { GOALS } from "../model/goals.ts";
import { MEDIA } from "../model/media.ts";
import type { Pressure } from "../model/pressure.ts";
import { SLOTS } from "../model/slots.ts";
import { TOOL_IDS } from "../model/tools.ts";
import { ZONE_IDS } from "../model/zones.ts";
import { INJECTABLE_KINDS, type Injectable } from "../safety/profile.ts";
import { MAX_DATED_ITEMS, readProcedures } from "../safety/read-procedures.ts";
import { diffDays, type LocalDate, parseLocalDate } from "../time/local-date.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import {
  describe,
  isRecord,
  readBoundedList,
  readEnum,
  readEnumList,
  readInteger,
  readKnownKeys,
} from "../validate/read.ts";
import type { PlanInput, PlanRequest } from "./plan-types.ts";

/** Longest session, in minutes. */
export const MAX_MINUTES = 20;
/** Oldest age accepted, as a sanity bound on input. */
export const MAX_AGE = 120;

/** Every field a plan input may have: any other is refused, not ignored. */
export const PLAN_FIELDS = [
  "slot",
  "minutes",
  "goals",
  "tools",
  "fingersOnly",
  "skipZones",
  "conditions",
  "injectables",
  "procedures",
  "neckCleared",
  "maxPressure",
  "age",
  "medium",
  "date",
] as const satisfies readonly (keyof PlanInput)[];

function readDate(value: unknown, field: string): Checked<LocalDate> {
  const date = parseLocalDate(value);
  return date === undefined
    ? invalid(field, `${field} must be a real date written yyyy-MM-dd; got ${describe(value)}`)
    : valid(date);
}

/** An optional yes/no field: absent is no. */
function readFlag(value: unknown, field: string): Checked<boolean> {
  if (value === undefined) return valid(false);
  return typeof value === "boolean"
    ? valid(value)
    : invalid(field, `${field} must be true or false; got ${describe(value)}`);
}

function readInjectables(value: unknown, today: LocalDate): Checked<readonly Injectable[]> {
  if (value === undefined) return valid([]);
  if (!Array.isArray(value))
    return invalid("injectables", `injectables must be a list; got ${describe(value)}`);
  const bounded = readBoundedList(value, MAX_DATED_ITEMS, "injectables");
  if (!bounded.ok) return bounded;
  const result: Injectable[] = [];
  for (const [index, item] of value.entries()) {
    const at = `injectables[${index}]`;
    if (!isRecord(item))
      return invalid(at, `${at} must be an object with kind, zone and date; got ${describe(item)}`);
    const known = readKnownKeys(item, ["kind", "zone", "date"], at);
    if (!known.ok) return known;
    const kind = readEnum(item.kind, INJECTABLE_KINDS, `${at}.kind`);
    if (!kind.ok) return kind;
    const zone = readEnum(item.zone, ZONE_IDS, `${at}.zone`);
    if (!zone.ok) return zone;
    const date = readDate(item.date, `${at}.date`);
    if (!date.ok) return date;
    if (diffDays(date.value, today) < 0) {
      return invalid(
        `${at}.date`,
        `${at}.date (${date.value}) is after the session date (${today})`,
      );
    }
    result.push({ kind: kind.value, zone: zone.value, date: date.value });
  }
  return valid(result);
}

/**
 * Validates raw planner input (see `PlanInput`) without throwing: the first problem found is
 * returned as an error naming its field. This is the one check of plan input: `POST /api/plan`,
 * `nura plan` and the app all pass through it. A field it does not know is refused, and every
 * list is bounded. Fields are checked in a fixed order (unknown fields, slot, minutes, medium,
 * date, goals, tools, fingersOnly, skipZones, conditions, age, injectables, procedures,
 * neckCleared, maxPressure).
 */
export function parsePlanInput(raw: unknown): Checked<PlanRequest> {
  if (!isRecord(raw))
    return invalid("input", `the plan input must be an object; got ${describe(raw)}`);
  const known = readKnownKeys(raw, PLAN_FIELDS, "input", "the plan input");
  if (!known.ok) return known;
  const slot = readEnum(raw.slot, SLOTS, "slot");
  if (!slot.ok) return slot;
  const minutes = readInteger(raw.minutes, 1, MAX_MINUTES, "minutes");
  if (!minutes.ok) return minutes;
  const medium = readEnum(raw.medium, MEDIA, "medium");
  if (!medium.ok) return medium;
  const date = readDate(raw.date, "date");
  if (!date.ok) return date;
  const goals = readEnumList(raw.goals, GOALS, "goals");
  if (!goals.ok) return goals;
  const tools = readEnumList(raw.tools, TOOL_IDS, "tools");
  if (!tools.ok) return tools;
  const fingersOnly = readFlag(raw.fingersOnly, "fingersOnly");
  if (!fingersOnly.ok) return fingersOnly;
  const skipZones = readEnumList(raw.skipZones, ZONE_IDS, "skipZones");
  if (!skipZones.ok) return skipZones;
  const conditions = readEnumList(raw.conditions, CONDITIONS, "conditions");
  if (!conditions.ok) return conditions;
  const age = raw.age === undefined ? valid(undefined) : readInteger(raw.age, 1, MAX_AGE, "age");
  if (!age.ok) return age;
  const injectables = readInjectables(raw.injectables, date.value);
  if (!injectables.ok) return injectables;
  const procedures = readProcedures(raw.procedures, date.value);
  if (!procedures.ok) return procedures;
  const neckCleared = readFlag(raw.neckCleared, "neckCleared");
  if (!neckCleared.ok) return neckCleared;
  const maxPressure =
    raw.maxPressure === undefined
      ? valid(undefined)
      : readInteger(raw.maxPressure, 1, 3, "maxPressure");
  if (!maxPressure.ok) return maxPressure;
  return valid({
    slot: slot.value,
    minutes: minutes.value,
    goals: goals.value,
    tools: tools.value,
    fingersOnly: fingersOnly.value,
    skipZones: skipZones.value,
    conditions: conditions.value,
    injectables: injectables.value,
    procedures: procedures.value,
    neckCleared: neckCleared.value,
    ...(maxPressure.value === undefined ? {} : { maxPressure: maxPressure.value as Pressure }),
    ...(age.value === undefined ? {} : { age: age.value }),
    medium: medium.value,
    date: date.value,
  });
}
