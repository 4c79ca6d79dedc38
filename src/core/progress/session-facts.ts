import { isSlipMedium, SLIP_MEDIA, type SlipMedium } from "../model/media.ts";
import { parseInstant } from "../time/session-day.ts";
import { isTimeZone } from "../time/zoned-time.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord } from "../validate/read.ts";

/**
 * The body of a `session` record: one massage session as the player records it and progress,
 * Today and sync read it. The web app uses this very type (as `SessionBody`).
 */
export interface SessionFacts {
  /** Which routine slot it belonged to; "practice" for a one-technique practice from Learn. */
  readonly slot: "am" | "pm" | "weekly" | "practice";
  /** A summary of the plan that was followed; adjustments are the safety screen's codes. */
  readonly plan: {
    readonly minutes: number;
    readonly goals: readonly string[];
    readonly totalSeconds: number;
    readonly stepCount: number;
    readonly adjustments: readonly string[];
  };
  /** ISO instants (UTC) of the start and the end. */
  readonly startedAt: string;
  readonly endedAt: string;
  /** The person's IANA time zone at the start, so local days are counted as they lived them. */
  readonly timeZone: string;
  /** Seconds actually guided (pauses excluded). */
  readonly secondsDone: number;
  /** True when the plan ran to its end; false for a session ended early. */
  readonly completed: boolean;
  /** Zone ids worked, in order of first appearance. */
  readonly zones: readonly string[];
  /** The main tool used: "fingers", "roller" or "gua-sha". */
  readonly tool: string;
  /** The slip medium the person chose before the start (the player preselects none of its own). */
  readonly medium: SlipMedium;
}

const SLOT_VALUES = ["am", "pm", "weekly", "practice"] as const;
const SHORT = 64;
const MAX_ITEMS = 64;
const DAY_SECONDS = 86_400;

function shortText(v: unknown): v is string {
  return typeof v === "string" && v.length <= SHORT;
}

function textList(v: unknown): v is readonly string[] {
  return Array.isArray(v) && v.length <= MAX_ITEMS && v.every(shortText);
}

function count(v: unknown, max: number): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= max;
}

function readPlan(raw: unknown, at: string): Checked<SessionFacts["plan"]> {
  if (!isRecord(raw)) return invalid(at, `${at} must be an object; got ${describe(raw)}`);
  if (!count(raw.minutes, 24 * 60))
    return invalid(`${at}.minutes`, `${at}.minutes must be minutes; got ${describe(raw.minutes)}`);
  if (!count(raw.totalSeconds, DAY_SECONDS))
    return invalid(`${at}.totalSeconds`, `${at}.totalSeconds must be seconds in a day`);
  if (!count(raw.stepCount, 10_000))
    return invalid(`${at}.stepCount`, `${at}.stepCount must be a count`);
  if (!textList(raw.goals)) return invalid(`${at}.goals`, `${at}.goals must be a list of names`);
  if (!textList(raw.adjustments))
    return invalid(`${at}.adjustments`, `${at}.adjustments must be a list of codes`);
  return valid({
    minutes: raw.minutes,
    goals: [...raw.goals],
    totalSeconds: raw.totalSeconds,
    stepCount: raw.stepCount,
    adjustments: [...raw.adjustments],
  });
}

/** Checks a session body (from an import or a pull) and returns a clean copy of its known fields. */
export function validateSession(raw: unknown, field = "session"): Checked<SessionFacts> {
  if (!isRecord(raw)) return invalid(field, `${field} must be an object; got ${describe(raw)}`);
  if (!(SLOT_VALUES as readonly unknown[]).includes(raw.slot))
    return invalid(`${field}.slot`, `${field}.slot must be one of ${SLOT_VALUES.join(", ")}`);
  const plan = readPlan(raw.plan, `${field}.plan`);
  if (!plan.ok) return plan;
  const start = parseInstant(raw.startedAt);
  const end = parseInstant(raw.endedAt);
  if (start === undefined)
    return invalid(`${field}.startedAt`, `${field}.startedAt must be an ISO instant`);
  if (end === undefined || end < start)
    return invalid(`${field}.endedAt`, `${field}.endedAt must be an ISO instant after the start`);
  if (!isTimeZone(raw.timeZone))
    return invalid(`${field}.timeZone`, `${field}.timeZone must be an IANA time zone`);
  if (!count(raw.secondsDone, DAY_SECONDS))
    return invalid(`${field}.secondsDone`, `${field}.secondsDone must be seconds in a day`);
  if (typeof raw.completed !== "boolean")
    return invalid(`${field}.completed`, `${field}.completed must be true or false`);
  if (!textList(raw.zones)) return invalid(`${field}.zones`, `${field}.zones must be zone ids`);
  if (!shortText(raw.tool)) return invalid(`${field}.tool`, `${field}.tool must be a tool id`);
  if (!isSlipMedium(raw.medium))
    return invalid(`${field}.medium`, `${field}.medium must be one of ${SLIP_MEDIA.join(", ")}`);
  return valid({
    slot: raw.slot as SessionFacts["slot"],
    plan: plan.value,
    startedAt: raw.startedAt as string,
    endedAt: raw.endedAt as string,
    timeZone: raw.timeZone,
    secondsDone: raw.secondsDone,
    completed: raw.completed,
    zones: [...raw.zones],
    tool: raw.tool,
    medium: raw.medium,
  });
}
