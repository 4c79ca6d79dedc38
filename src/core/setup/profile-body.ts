import type { Translate } from "../i18n/translate.ts";
import { CONDITIONS, type Condition } from "../model/conditions.ts";
import { GOALS, type Goal } from "../model/goals.ts";
import { SLOTS, type Slot } from "../model/slots.ts";
import { TOOL_IDS, type ToolId } from "../model/tools.ts";
import { ZONE_IDS } from "../model/zones.ts";
import { MAX_AGE, MAX_MINUTES } from "../planner/parse-plan-input.ts";
import { isProductKind, type ProductKind } from "../routine/product-kinds.ts";
import {
  CLEARABLE_PROCEDURES,
  INJECTABLE_KINDS,
  type Injectable,
  PROCEDURE_KINDS,
  type Procedure,
} from "../safety/profile.ts";
import { parseLocalDate } from "../time/local-date.ts";
import { isRecord } from "../validate/read.ts";

/** A product a person uses, with their own name for it. */
export interface OwnedProduct {
  readonly kind: ProductKind;
  readonly name?: string;
}

/**
 * The version of the profile body this code writes. Version 2 added the fingers-only choice,
 * dated procedures and the neck clearance: an older app reading a version-2 body says it was
 * saved by a newer version instead of silently planning without them.
 */
export const PROFILE_SCHEMA_VERSION = 2;

/** The body of the one `profile` record: what onboarding asks, editable later. */
export interface ProfileBody {
  readonly schemaVersion: typeof PROFILE_SCHEMA_VERSION;
  readonly goals: readonly Goal[];
  /** Skin notes and health answers together, as the safety screen reads them. */
  readonly conditions: readonly Condition[];
  readonly age?: number;
  readonly injectables: readonly Injectable[];
  /** In-office procedures, dated; the screen decides how long each one matters. */
  readonly procedures: readonly Procedure[];
  /** A doctor cleared neck work despite the neck caution (thyroid, carotid, arrhythmia, age). */
  readonly neckCleared: boolean;
  /** Tools owned besides fingers. */
  readonly tools: readonly ToolId[];
  /** True to plan with fingers only, leaving owned tools out. */
  readonly fingersOnly: boolean;
  readonly products: readonly OwnedProduct[];
  /** Massage minutes per slot. */
  readonly minutes: Readonly<Record<Slot, number>>;
}

/** What a person starts with when they skip onboarding. */
export const DEFAULT_PROFILE: ProfileBody = {
  schemaVersion: PROFILE_SCHEMA_VERSION,
  goals: [],
  conditions: [],
  injectables: [],
  procedures: [],
  neckCleared: false,
  tools: [],
  fingersOnly: false,
  products: [],
  minutes: { am: 4, pm: 7, weekly: 12 },
};

/** A body read back, with plain-words notices for what had to be replaced. */
export interface ReadBody<B> {
  readonly body: B;
  readonly notices: readonly string[];
}

const listOf = <T extends string>(
  value: unknown,
  allowed: readonly T[],
): readonly T[] | undefined =>
  Array.isArray(value) ? allowed.filter((a) => value.includes(a)) : undefined;

function readProducts(value: unknown): readonly OwnedProduct[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((p): OwnedProduct[] => {
    if (!isRecord(p) || !isProductKind(p.kind)) return [];
    const name =
      typeof p.name === "string" && p.name.trim() !== "" ? p.name.trim().slice(0, 80) : undefined;
    return [name === undefined ? { kind: p.kind } : { kind: p.kind, name }];
  });
}

function readInjectables(value: unknown): readonly Injectable[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((i): Injectable[] => {
    if (!isRecord(i)) return [];
    const date = parseLocalDate(i.date);
    const kind = INJECTABLE_KINDS.find((k) => k === i.kind);
    const zone = ZONE_IDS.find((z) => z === i.zone);
    return date && kind && zone ? [{ kind, zone, date }] : [];
  });
}

function readProcedures(value: unknown): readonly Procedure[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((p): Procedure[] => {
    if (!isRecord(p)) return [];
    const date = parseLocalDate(p.date);
    const kind = PROCEDURE_KINDS.find((k) => k === p.kind);
    if (!date || !kind) return [];
    const clearable = (CLEARABLE_PROCEDURES as readonly string[]).includes(kind);
    return [clearable && p.cleared === true ? { kind, date, cleared: true } : { kind, date }];
  });
}

function readMinutes(value: unknown): Readonly<Record<Slot, number>> | undefined {
  if (!isRecord(value)) return undefined;
  const out = { ...DEFAULT_PROFILE.minutes };
  for (const slot of SLOTS) {
    const m = value[slot];
    if (typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= MAX_MINUTES) out[slot] = m;
  }
  return out;
}

/**
 * Older bodies, upgraded one version at a time. Version 0 is the unversioned draft written before
 * the shape settled: skin notes and health answers were two lists (`skin`, `health`) and the
 * minutes one number for both daily slots. Version 1 had no fingers-only choice (it planned
 * with every tool owned), no procedures and no neck clearance.
 */
function migrate(raw: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let body = raw;
  if (body.schemaVersion === undefined) {
    const skin = Array.isArray(body.skin) ? body.skin : [];
    const health = Array.isArray(body.health) ? body.health : [];
    const minutes =
      typeof body.minutes === "number" ? { am: body.minutes, pm: body.minutes } : body.minutes;
    body = {
      ...body,
      schemaVersion: 1,
      conditions: body.conditions ?? [...skin, ...health],
      minutes,
    };
  }
  if (body.schemaVersion === 1) {
    body = { ...body, schemaVersion: 2, fingersOnly: false, procedures: [], neckCleared: false };
  }
  return body;
}

/**
 * Reads a stored profile body of any version. Never throws and never gives up: each field that
 * cannot be read falls back to its default and a notice says so, so a damaged record leaves the
 * app usable and the person told.
 */
export function readProfileBody(raw: unknown, t: Translate): ReadBody<ProfileBody> {
  if (!isRecord(raw))
    return {
      body: DEFAULT_PROFILE,
      notices: [t("stored.profile.unreadable")],
    };
  const notices: string[] = [];
  if (typeof raw.schemaVersion === "number" && raw.schemaVersion > PROFILE_SCHEMA_VERSION) {
    notices.push(t("stored.profile.newer"));
  }
  const m = migrate(raw);
  const field = <T>(name: string, value: T | undefined, fallback: T): T => {
    if (value === undefined) {
      if (m[name] !== undefined) notices.push(t("stored.profile.part-reset", { part: name }));
      return fallback;
    }
    return value;
  };
  const age =
    typeof m.age === "number" && Number.isInteger(m.age) && m.age >= 1 && m.age <= MAX_AGE
      ? m.age
      : undefined;
  return {
    body: {
      schemaVersion: PROFILE_SCHEMA_VERSION,
      goals: field("goals", listOf(m.goals, GOALS), DEFAULT_PROFILE.goals),
      conditions: field("conditions", listOf(m.conditions, CONDITIONS), DEFAULT_PROFILE.conditions),
      ...(age === undefined ? {} : { age }),
      injectables: field(
        "injectables",
        readInjectables(m.injectables),
        DEFAULT_PROFILE.injectables,
      ),
      procedures: field("procedures", readProcedures(m.procedures), DEFAULT_PROFILE.procedures),
      neckCleared: field(
        "neckCleared",
        typeof m.neckCleared === "boolean" ? m.neckCleared : undefined,
        DEFAULT_PROFILE.neckCleared,
      ),
      tools: field("tools", listOf(m.tools, TOOL_IDS), DEFAULT_PROFILE.tools),
      fingersOnly: field(
        "fingersOnly",
        typeof m.fingersOnly === "boolean" ? m.fingersOnly : undefined,
        DEFAULT_PROFILE.fingersOnly,
      ),
      products: field("products", readProducts(m.products), DEFAULT_PROFILE.products),
      minutes: field("minutes", readMinutes(m.minutes), DEFAULT_PROFILE.minutes),
    },
    notices,
  };
}
