/** Skincare products the routine composer knows. */
export const PRODUCT_KINDS = [
  "cleanser",
  "oil-cleanser",
  "toner",
  "essence",
  "serum",
  "facial-oil",
  "eye-cream",
  "moisturizer",
  "cream",
  "sleeping-mask",
  "mask",
  "sunscreen",
  "retinoid",
  "vitamin-c",
  "exfoliating-acid",
  "benzoyl-peroxide",
  "prescription-topical",
  "essential-oil",
] as const;

/** One of {@link PRODUCT_KINDS}. */
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/**
 * A step of a routine: a product or the massage. Its name is the message
 * `routine.kind.<kind>.name` (`.inline` as it reads mid-sentence); an active's `.hint` lists
 * what it covers.
 */
export type RoutineStepKind = ProductKind | "massage";

/**
 * Products that give the fingers glide, in layer order. A facial oil is preferred when there is
 * one (oil glides longest); otherwise the first of these in the routine is the medium.
 */
export const SLIP_KINDS: readonly ProductKind[] = ["serum", "facial-oil", "moisturizer", "cream"];

/**
 * Actives (domain notes, section 7): never the massage medium, since minutes of rubbing spread an
 * irritant and add friction to it; they go on after the massage, in this order.
 */
export const ACTIVE_KINDS = [
  "vitamin-c",
  "exfoliating-acid",
  "retinoid",
  "benzoyl-peroxide",
  "prescription-topical",
  "essential-oil",
] as const satisfies readonly ProductKind[];

/** One of {@link ACTIVE_KINDS}. */
export type ActiveKind = (typeof ACTIVE_KINDS)[number];

/** True for an active, which goes on after the massage and never under it. */
export function isActive(kind: string): kind is ActiveKind {
  return (ACTIVE_KINDS as readonly string[]).includes(kind);
}

/**
 * Where each product goes, thin and watery first: cleansing, then watery layers and the mask,
 * then serum and oil (the usual slip for the massage), the actives (which the composer places
 * right after the massage), eye cream, moisturizer and cream, the overnight mask, and sunscreen
 * last.
 */
export const LAYER_RANK: Readonly<Record<ProductKind, number>> = {
  "oil-cleanser": 0,
  cleanser: 1,
  toner: 2,
  essence: 3,
  mask: 4,
  serum: 5,
  "facial-oil": 6,
  "vitamin-c": 7,
  "exfoliating-acid": 8,
  retinoid: 9,
  "benzoyl-peroxide": 10,
  "prescription-topical": 11,
  "essential-oil": 12,
  "eye-cream": 13,
  moisturizer: 14,
  cream: 15,
  "sleeping-mask": 16,
  sunscreen: 17,
};

/** True for a known product kind. */
export function isProductKind(kind: unknown): kind is ProductKind {
  return typeof kind === "string" && (PRODUCT_KINDS as readonly string[]).includes(kind);
}
