import type { Translate } from "../i18n/translate.ts";
import type { Slot } from "../model/slots.ts";
import {
  ACTIVE_KINDS,
  isActive,
  isProductKind,
  type RoutineStepKind,
  SLIP_KINDS,
} from "./product-kinds.ts";

/** Stable codes for the reasons an order is refused. */
export type OrderRuleCode =
  | "unknown-kind"
  | "massage-count"
  | "cleanse-first"
  | "oil-cleanser-first"
  | "watery-first"
  | "serum-before-moisturizer"
  | "massage-needs-medium"
  | "massage-before-moisturizer"
  | "active-after-massage"
  | "retinoid-morning"
  | "sunscreen-evening"
  | "sunscreen-last"
  | "sleeping-mask-morning"
  | "sleeping-mask-last";

/** Whether an order is allowed; when not, the first broken rule and the step that breaks it. */
export type OrderCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: OrderRuleCode;
      readonly message: string;
      readonly index: number;
    };

type Refuse = (code: OrderRuleCode, index: number) => OrderCheck;

const CLEANSERS: readonly RoutineStepKind[] = ["oil-cleanser", "cleanser"];
const WATERY: readonly RoutineStepKind[] = ["toner", "essence", "mask"];
const RICH: readonly RoutineStepKind[] = ["moisturizer", "cream", "sleeping-mask"];

/**
 * Checks an order a person made by moving steps (for the routines screen). The rules are the
 * composer's, loosened to what matters: cleanse first (oil before gentle); watery layers before
 * serums, oils and creams; serum before moisturizer; the massage after something that gives slip
 * and before the moisturizer when a serum or oil gave it; actives after the massage and a retinoid
 * never in the morning; sunscreen last and only in the morning; a sleeping mask last and never in
 * the morning.
 * Every composed routine passes. The message of a refusal is in the language of `t`.
 */
export function checkOrder(
  steps: readonly { readonly kind: string }[],
  slot: Slot,
  t: Translate,
): OrderCheck {
  const kinds = steps.map((s) => s.kind);
  const refuse: Refuse = (code, index) => ({
    ok: false,
    code,
    index,
    message: t(`routine.order.${code}`, { kind: String(kinds[index]) }),
  });
  const unknownAt = kinds.findIndex((k) => !isProductKind(k) && k !== "massage");
  if (unknownAt >= 0) return refuse("unknown-kind", unknownAt);
  const massage = kinds.indexOf("massage");
  if (massage < 0 || kinds.lastIndexOf("massage") !== massage) {
    return refuse("massage-count", Math.max(0, kinds.lastIndexOf("massage")));
  }
  const firstOf = (set: readonly RoutineStepKind[]): number =>
    kinds.findIndex((k) => set.includes(k as RoutineStepKind));
  const lastOf = (set: readonly RoutineStepKind[]): number =>
    kinds.reduce((last, k, i) => (set.includes(k as RoutineStepKind) ? i : last), -1);

  const lastCleanser = lastOf(CLEANSERS);
  const beforeCleanser = kinds.findIndex(
    (k, i) => i < lastCleanser && !CLEANSERS.includes(k as RoutineStepKind),
  );
  if (beforeCleanser >= 0) return refuse("cleanse-first", lastCleanser);
  if (lastOf(["oil-cleanser"]) > firstOf(["cleanser"]) && firstOf(["cleanser"]) >= 0) {
    return refuse("oil-cleanser-first", lastOf(["oil-cleanser"]));
  }
  const lastWatery = lastOf(WATERY);
  const firstThick = firstOf(["serum", "facial-oil", "eye-cream", ...ACTIVE_KINDS, ...RICH]);
  if (lastWatery >= 0 && firstThick >= 0 && lastWatery > firstThick) {
    return refuse("watery-first", lastWatery);
  }
  const lastSerum = lastOf(["serum"]);
  const firstRich = firstOf(RICH);
  if (lastSerum >= 0 && firstRich >= 0 && lastSerum > firstRich) {
    return refuse("serum-before-moisturizer", lastSerum);
  }
  const slipBefore = kinds
    .slice(0, massage)
    .some((k) => (SLIP_KINDS as readonly string[]).includes(k));
  const slipAnywhere = kinds.some((k) => (SLIP_KINDS as readonly string[]).includes(k));
  if (slipAnywhere && !slipBefore) {
    return refuse("massage-needs-medium", massage);
  }
  const thinSlip = kinds.some((k) => k === "serum" || k === "facial-oil");
  const richBefore = firstRich >= 0 && firstRich < massage;
  if (thinSlip && richBefore) {
    return refuse("massage-before-moisturizer", firstRich);
  }
  const activeBefore = kinds.findIndex((k, i) => i < massage && isActive(k));
  if (activeBefore >= 0) {
    return refuse("active-after-massage", activeBefore);
  }
  const retinoid = kinds.indexOf("retinoid");
  if (retinoid >= 0 && slot === "am") {
    return refuse("retinoid-morning", retinoid);
  }
  const sunscreen = kinds.indexOf("sunscreen");
  if (sunscreen >= 0 && slot !== "am") {
    return refuse("sunscreen-evening", sunscreen);
  }
  if (sunscreen >= 0 && kinds.slice(sunscreen).some((k) => k !== "sunscreen")) {
    return refuse("sunscreen-last", sunscreen);
  }
  const sleeping = kinds.indexOf("sleeping-mask");
  if (sleeping >= 0 && slot === "am") {
    return refuse("sleeping-mask-morning", sleeping);
  }
  if (sleeping >= 0 && kinds.slice(sleeping).some((k) => k !== "sleeping-mask")) {
    return refuse("sleeping-mask-last", sleeping);
  }
  return { ok: true };
}
