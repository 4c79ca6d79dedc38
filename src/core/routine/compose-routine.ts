import { SLOTS, type Slot } from "../model/slots.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord, readEnum } from "../validate/read.ts";
import { howTo, MASSAGE_WITHOUT_MEDIUM, stepGuide } from "./how-texts.ts";
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

/**
 * Orders a person's products into a routine for one slot (issue 3, section 4; domain notes,
 * section 7) and places the massage right after the product that gives slip, or, without one,
 * where it would go. Actives are never the medium: they follow the massage, before the rest of
 * the routine. The weekly massage plan includes the neck and shoulders, so the routine has no
 * separate step for them. Sunscreen is last in the morning and is left out in the evening and
 * weekly (both treated as evening sessions); a sleeping mask and a retinoid are left out in the
 * morning. Never throws: bad input, including unknown kinds, is an error value.
 */
export function composeRoutine(products: readonly ProductInput[], slot: Slot): RoutineResult {
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
  const step = (p: Product, asMedium: boolean): RoutineStep => {
    const guide = stepGuide(p.kind);
    return {
      kind: p.kind,
      ...(p.name === undefined ? {} : { name: p.name }),
      how: howTo(p.kind, slot, asMedium),
      ...(guide === undefined ? {} : { guide: guide.slug }),
    };
  };
  const massage: RoutineStep = {
    kind: "massage",
    how: mediumAt < 0 ? MASSAGE_WITHOUT_MEDIUM : howTo("massage", slot, false),
  };
  const steps: readonly RoutineStep[] = [
    ...bland.slice(0, massageAt).map((p, i) => step(p, i === mediumAt)),
    massage,
    ...kept.filter((p) => isActive(p.kind)).map((p) => step(p, false)),
    ...bland.slice(massageAt).map((p) => step(p, false)),
  ];
  const warnings: readonly RoutineWarning[] = routineWarnings(owned, slot, mediumAt >= 0);
  return { ok: true, routine: { slot, steps, warnings } };
}
