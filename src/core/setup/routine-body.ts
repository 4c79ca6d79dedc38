import type { Translate } from "../i18n/translate.ts";
import { SLOTS, type Slot } from "../model/slots.ts";
import { arrangeRoutine } from "../routine/compose-routine.ts";
import { isProductKind, type RoutineStepKind } from "../routine/product-kinds.ts";
import { isRecord } from "../validate/read.ts";
import type { OwnedProduct, ReadBody } from "./profile-body.ts";

/** One step of a stored routine: a product (with the person's name for it) or the massage. */
export interface RoutineStepEntry {
  readonly kind: RoutineStepKind;
  readonly name?: string;
}

/** The version of the routine body this code writes. */
export const ROUTINE_SCHEMA_VERSION = 1;

/** The body of a `routine` record: one per slot, steps in the person's order. */
export interface RoutineBody {
  readonly schemaVersion: 1;
  readonly slot: Slot;
  readonly steps: readonly RoutineStepEntry[];
  /** The weekly routine's day of the week, 0 = Sunday; only on the weekly routine. */
  readonly weekday?: number;
}

/** The day the weekly routine falls on when none was chosen: Sunday. */
export const DEFAULT_WEEKDAY = 0;

/** A routine composed from products by the core composer, as a body to store. */
export function composedRoutineBody(
  products: readonly OwnedProduct[],
  slot: Slot,
  weekday = DEFAULT_WEEKDAY,
): RoutineBody {
  const result = arrangeRoutine(products, slot);
  const steps: readonly RoutineStepEntry[] = result.ok
    ? result.value.steps.map((s) =>
        s === "massage" || s.product.name === undefined
          ? { kind: s === "massage" ? s : s.product.kind }
          : { kind: s.product.kind, name: s.product.name },
      )
    : [{ kind: "massage" }];
  return { schemaVersion: 1, slot, steps, ...(slot === "weekly" ? { weekday } : {}) };
}

const isStepKind = (kind: unknown): kind is RoutineStepKind =>
  isProductKind(kind) || kind === "massage";

/**
 * Weekly routines saved before the neck and shoulder release moved into the weekly massage plan
 * had it as a step of its own; it is dropped quietly, since the massage now does it.
 */
const RETIRED_STEPS: readonly unknown[] = ["neck-shoulders"];

/**
 * Reads a stored routine body for `slot`. Unknown steps are dropped with a notice; a body with no
 * massage step gets one at the end; a body that cannot be read at all gives `undefined`, so the
 * caller composes a fresh routine and says so.
 */
export function readRoutineBody(
  raw: unknown,
  slot: Slot,
  t: Translate,
): ReadBody<RoutineBody> | undefined {
  if (
    !isRecord(raw) ||
    !Array.isArray(raw.steps) ||
    (raw.slot !== undefined && !SLOTS.includes(raw.slot as Slot))
  )
    return undefined;
  const notices: string[] = [];
  if (typeof raw.schemaVersion === "number" && raw.schemaVersion > ROUTINE_SCHEMA_VERSION) {
    notices.push(t("stored.routine.newer"));
  }
  const steps: RoutineStepEntry[] = [];
  for (const s of raw.steps) {
    if (isRecord(s) && RETIRED_STEPS.includes(s.kind)) continue;
    if (!isRecord(s) || !isStepKind(s.kind)) {
      notices.push(t("stored.routine.step-dropped"));
      continue;
    }
    steps.push(
      typeof s.name === "string" && s.name !== ""
        ? { kind: s.kind, name: s.name.slice(0, 80) }
        : { kind: s.kind },
    );
  }
  if (!steps.some((s) => s.kind === "massage")) steps.push({ kind: "massage" });
  const weekday =
    typeof raw.weekday === "number" &&
    Number.isInteger(raw.weekday) &&
    raw.weekday >= 0 &&
    raw.weekday <= 6
      ? raw.weekday
      : DEFAULT_WEEKDAY;
  return {
    body: { schemaVersion: 1, slot, steps, ...(slot === "weekly" ? { weekday } : {}) },
    notices,
  };
}
