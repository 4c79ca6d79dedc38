import type { Translate } from "../i18n/translate.ts";
import { SLOTS, type Slot } from "../model/slots.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord, readEnum } from "../validate/read.ts";
import { howTo, massageWithoutMedium, stepGuideSlug } from "./how-texts.ts";
import {
  isActive,
  isProductKind,
  LAYER_RANK,
  PRODUCT_KINDS,
  type ProductKind,
  SLIP_KINDS,
} from "./product-kinds.ts";
import type { ProductInput, RoutineResult, RoutineStep, RoutineWarning } from "./routine-types.ts";
import { routineWarnings } from "./routine-warnings.ts";

interface Product {
  readonly kind: ProductKind;
  readonly name?: string;
}

function readProducts(raw: unknown): Checked<readonly Product[]> {
  if (!Array.isArray(raw))
    return invalid("products", `products must be a list; got ${describe(raw)}`);
  const products: Product[] = [];
  const unknown: string[] = [];
  for (const [index, item] of raw.entries()) {
    if (!isRecord(item) || typeof item.kind !== "string") {
      return invalid(
        `products[${index}]`,
        `products[${index}] must be an object with a kind; got ${describe(item)}`,
      );
    }
    if (item.name !== undefined && typeof item.name !== "string") {
      return invalid(
        `products[${index}].name`,
        `products[${index}].name must be text; got ${describe(item.name)}`,
      );
    }
    if (!isProductKind(item.kind)) {
      unknown.push(describe(item.kind));
      continue;
    }
    const name =
      typeof item.name === "string" && item.name.trim() !== "" ? item.name.trim() : undefined;
    products.push(name === undefined ? { kind: item.kind } : { kind: item.kind, name });
  }
  if (unknown.length > 0) {
    return invalid(
      "products",
      `products contain unknown kind${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; known kinds: ${PRODUCT_KINDS.join(", ")}`,
    );
  }
  return valid(products);
}

/**
 * Where the medium is among bland products in layer order: a facial oil when there is one (oil
 * glides longest), else the first slippery product. Never an active (see ACTIVE_KINDS).
 */
function mediumIndex(bland: readonly Product[]): number {
  const oil = bland.findIndex((p) => p.kind === "facial-oil");
  return oil >= 0 ? oil : bland.findIndex((p) => SLIP_KINDS.includes(p.kind));
}

const fitsSlot = (kind: ProductKind, slot: Slot): boolean =>
  slot === "am" ? kind !== "sleeping-mask" && kind !== "retinoid" : kind !== "sunscreen";

/** A routine's steps in order, before their texts: a product (and whether it is the medium) or the massage. */
export interface ArrangedRoutine {
  readonly owned: readonly Product[];
  readonly steps: readonly (
    | { readonly product: Product; readonly asMedium: boolean }
    | "massage"
  )[];
  /** True when a product before the massage gives slip. */
  readonly hasMedium: boolean;
}

/**
 * Orders a person's products into a routine for one slot (issue 3, section 4; domain notes,
 * section 7) and places the massage right after the product that gives slip, or, without one,
 * where it would go. Actives are never the medium: they follow the massage, before the rest of
 * the routine. The weekly massage plan includes the neck and shoulders, so the routine has no
 * separate step for them. Sunscreen is last in the morning and is left out in the evening and
 * weekly (both treated as evening sessions); a sleeping mask and a retinoid are left out in the
 * morning. Never throws: bad input, including unknown kinds, is an error value.
 */
export function arrangeRoutine(
  products: readonly ProductInput[],
  slot: Slot,
): Checked<ArrangedRoutine> {
  const checkedSlot = readEnum(slot, SLOTS, "slot");
  if (!checkedSlot.ok) return checkedSlot;
  const read = readProducts(products);
  if (!read.ok) return read;
  const owned = read.value;
  const kept = owned
    .filter((p) => fitsSlot(p.kind, slot))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => LAYER_RANK[a.p.kind] - LAYER_RANK[b.p.kind] || a.i - b.i)
    .map(({ p }) => p);
  const bland = kept.filter((p) => !isActive(p.kind));
  const mediumAt = mediumIndex(bland);
  const massageAt =
    mediumAt >= 0
      ? mediumAt + 1
      : bland.filter((p) => LAYER_RANK[p.kind] <= LAYER_RANK.mask).length;
  const product = (p: Product, asMedium = false) => ({ product: p, asMedium });
  return valid({
    owned,
    steps: [
      ...bland.slice(0, massageAt).map((p, i) => product(p, i === mediumAt)),
      "massage",
      ...kept.filter((p) => isActive(p.kind)).map((p) => product(p)),
      ...bland.slice(massageAt).map((p) => product(p)),
    ],
    hasMedium: mediumAt >= 0,
  });
}

/**
 * The routine {@link arrangeRoutine} orders, with how to do each step and the composer's
 * warnings, in the language of `t`. Never throws: bad input is an error value.
 */
export function composeRoutine(
  products: readonly ProductInput[],
  slot: Slot,
  t: Translate,
): RoutineResult {
  const arranged = arrangeRoutine(products, slot);
  if (!arranged.ok) return arranged;
  const { owned, hasMedium } = arranged.value;
  const steps = arranged.value.steps.map((s): RoutineStep => {
    if (s === "massage")
      return {
        kind: "massage",
        how: hasMedium ? howTo("massage", slot, false, t) : massageWithoutMedium(t),
      };
    const { product: p, asMedium } = s;
    const guide = stepGuideSlug(p.kind);
    return {
      kind: p.kind,
      ...(p.name === undefined ? {} : { name: p.name }),
      how: howTo(p.kind, slot, asMedium, t),
      ...(guide === undefined ? {} : { guide }),
    };
  });
  const warnings: readonly RoutineWarning[] = routineWarnings(owned, slot, hasMedium, t);
  return { ok: true, routine: { slot, steps, warnings } };
}
