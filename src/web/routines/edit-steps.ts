import type { Slot } from "../../core/model/slots.ts";
import { checkOrder } from "../../core/routine/check-order.ts";
import { isActive, LAYER_RANK, type ProductKind } from "../../core/routine/product-kinds.ts";
import { composedRoutineBody, type RoutineStepEntry } from "../../core/setup/routine-body.ts";
import { t } from "../i18n/language.ts";

/** The result of an edit: the new steps, or the composer's reason for refusing it. */
export type StepEdit =
  | { readonly ok: true; readonly steps: readonly RoutineStepEntry[]; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

/** Moves the step at `index` by `delta` places, if the composer's order rules allow it. */
export function moveStep(
  steps: readonly RoutineStepEntry[],
  slot: Slot,
  index: number,
  delta: -1 | 1,
): StepEdit {
  const target = index + delta;
  if (target < 0 || target >= steps.length)
    return { ok: false, reason: "That step is already at the end." };
  return moveStepTo(steps, slot, index, target);
}

/**
 * Moves the step at `from` to the place `to` (a drag that drops it there), if the composer's
 * order rules allow the order that makes.
 */
export function moveStepTo(
  steps: readonly RoutineStepEntry[],
  slot: Slot,
  from: number,
  to: number,
): StepEdit {
  if (to < 0 || to >= steps.length) return { ok: false, reason: "There is no such place." };
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return { ok: false, reason: "No such step." };
  next.splice(to, 0, moved);
  const check = checkOrder(next, slot, t);
  return check.ok ? { ok: true, steps: next } : { ok: false, reason: check.message };
}

/** Removes a product step; the massage itself cannot be removed from a routine. */
export function removeStep(
  steps: readonly RoutineStepEntry[],
  slot: Slot,
  index: number,
): StepEdit {
  const step = steps[index];
  if (step === undefined) return { ok: false, reason: "No such step." };
  if (step.kind === "massage")
    return { ok: false, reason: "A routine keeps its massage step; set its minutes instead." };
  const next = steps.filter((_, i) => i !== index);
  const check = checkOrder(next, slot, t);
  return check.ok ? { ok: true, steps: next } : { ok: false, reason: check.message };
}

/**
 * Adds a product where it belongs: before the first product that goes on after it, keeping the
 * person's order around it; an active goes after the massage, after any actives already there.
 * When that order breaks a rule, the routine is composed afresh and a note says so; a product the
 * slot cannot take (sunscreen at night, a retinoid in the morning) is refused with the reason.
 */
export function addStep(
  steps: readonly RoutineStepEntry[],
  slot: Slot,
  product: { readonly kind: ProductKind; readonly name?: string },
): StepEdit {
  const entry: RoutineStepEntry = product.name
    ? { kind: product.kind, name: product.name }
    : { kind: product.kind };
  const rank = LAYER_RANK[product.kind];
  const massage = steps.findIndex((s) => s.kind === "massage");
  let at = steps.findIndex(
    (s, i) =>
      s.kind !== "massage" && LAYER_RANK[s.kind] > rank && (!isActive(product.kind) || i > massage),
  );
  if (at < 0) at = steps.length;
  const next = [...steps.slice(0, at), entry, ...steps.slice(at)];
  const check = checkOrder(next, slot, t);
  if (check.ok) return { ok: true, steps: next };
  if (
    check.code === "sunscreen-evening" ||
    check.code === "sleeping-mask-morning" ||
    check.code === "retinoid-morning"
  )
    return { ok: false, reason: check.message };
  const products = next.filter((s) => s.kind !== "massage") as {
    kind: ProductKind;
    name?: string;
  }[];
  const composed = composedRoutineBody(products, slot).steps;
  return {
    ok: true,
    steps: composed,
    note: `Nura reordered the routine to fit it in: ${check.message}`,
  };
}
