import { SLOTS, type Slot } from "../model/slots.ts";
import { type Checked, invalid, valid } from "../validate/input-error.ts";
import { describe, isRecord, readBoundedList, readEnum, readKnownKeys } from "../validate/read.ts";
import type { ProductInput } from "./routine-types.ts";

/** The most products one routine request may list: far more than any shelf holds. */
export const MAX_PRODUCTS = 50;
const MAX_KIND_LENGTH = 40;
const MAX_NAME_LENGTH = 100;

/** A routine request: a slot and the products, kinds still unchecked (the composer names unknown ones). */
export interface RoutineInput {
  readonly slot: Slot;
  readonly products: readonly ProductInput[];
}

function readText(value: unknown, max: number, field: string): Checked<string> {
  return typeof value === "string" && value.length <= max
    ? valid(value)
    : invalid(field, `${field} must be text of at most ${max} characters; got ${describe(value)}`);
}

function readProduct(item: unknown, at: string): Checked<ProductInput> {
  if (typeof item === "string") {
    const kind = readText(item, MAX_KIND_LENGTH, at);
    return kind.ok ? valid({ kind: kind.value }) : kind;
  }
  if (!isRecord(item))
    return invalid(at, `${at} must be a kind or an object with a kind; got ${describe(item)}`);
  const known = readKnownKeys(item, ["kind", "name"], at);
  if (!known.ok) return known;
  const kind = readText(item.kind, MAX_KIND_LENGTH, `${at}.kind`);
  if (!kind.ok) return kind;
  if (item.name === undefined) return valid({ kind: kind.value });
  const name = readText(item.name, MAX_NAME_LENGTH, `${at}.name`);
  return name.ok ? valid({ kind: kind.value, name: name.value }) : name;
}

/**
 * Validates a routine request (`POST /api/routine`, `nura routine`): `{ slot, products }`, each
 * product a kind (`"serum"`) or `{ kind, name? }`. A field it does not know is refused and the
 * list is bounded; the kinds themselves are left to `composeRoutine`, which names every
 * unknown one at once.
 */
export function parseRoutineInput(raw: unknown): Checked<RoutineInput> {
  if (!isRecord(raw))
    return invalid("input", `the routine input must be an object; got ${describe(raw)}`);
  const known = readKnownKeys(raw, ["slot", "products"], "input", "the routine input");
  if (!known.ok) return known;
  const slot = readEnum(raw.slot, SLOTS, "slot");
  if (!slot.ok) return slot;
  if (!Array.isArray(raw.products))
    return invalid("products", `products must be a list; got ${describe(raw.products)}`);
  const bounded = readBoundedList(raw.products, MAX_PRODUCTS, "products");
  if (!bounded.ok) return bounded;
  const products: ProductInput[] = [];
  for (const [index, item] of bounded.value.entries()) {
    const product = readProduct(item, `products[${index}]`);
    if (!product.ok) return product;
    products.push(product.value);
  }
  return valid({ slot: slot.value, products });
}
