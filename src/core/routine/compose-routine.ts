import { SLOTS, type Slot } from "../model/slots.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord, readEnum } from "../validate/read.ts";
import { howTo, MASSAGE_WITHOUT_MEDIUM } from "./how-texts.ts";
import {
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

/** The product that gives slip for the massage: facial oil first on the weekly session. */
function pickMedium(products: readonly Product[], slot: Slot): ProductKind | undefined {
  const preference: readonly ProductKind[] =
    slot === "weekly" ? ["facial-oil", ...SLIP_KINDS] : SLIP_KINDS;
  return preference.find((kind) => products.some((p) => p.kind === kind));
}

const fitsSlot = (kind: ProductKind, slot: Slot): boolean =>
  slot === "am" ? kind !== "sleeping-mask" : kind !== "sunscreen";

/**
 * Orders a person's products into a routine for one slot (issue 3, section 4) and places the
 * massage right after the product that gives slip, or, without one, where it would go. Weekly
 * adds the neck and shoulder release after the massage. Sunscreen is last in the morning and is
 * left out in the evening and weekly (both treated as evening sessions); a sleeping mask is left
 * out in the morning. Never throws: bad input, including unknown kinds, is an error value.
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
  const medium = pickMedium(kept, slot);
  const mediumAt = medium === undefined ? -1 : kept.findIndex((p) => p.kind === medium);
  const massageAt =
    mediumAt >= 0 ? mediumAt + 1 : kept.filter((p) => LAYER_RANK[p.kind] <= LAYER_RANK.mask).length;

  const steps: RoutineStep[] = kept.map((p, i) => ({
    kind: p.kind,
    ...(p.name === undefined ? {} : { name: p.name }),
    how: howTo(p.kind, slot, i === mediumAt),
  }));
  const extras: RoutineStep[] = [
    {
      kind: "massage",
      how: medium === undefined ? MASSAGE_WITHOUT_MEDIUM : howTo("massage", slot, false),
    },
    ...(slot === "weekly"
      ? [{ kind: "neck-shoulders" as const, how: howTo("neck-shoulders", slot, false) }]
      : []),
  ];
  steps.splice(massageAt, 0, ...extras);
  const warnings: readonly RoutineWarning[] = routineWarnings(
    owned.map((p) => p.kind),
    slot,
    medium !== undefined,
  );
  return { ok: true, routine: { slot, steps, warnings } };
}
