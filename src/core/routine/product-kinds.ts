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
] as const;

/** One of {@link PRODUCT_KINDS}. */
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** A step of a routine: a product, the massage, or the weekly neck and shoulder release. */
export type RoutineStepKind = ProductKind | "massage" | "neck-shoulders";

/** Products that give the fingers glide, in the order the composer prefers them as the medium. */
export const SLIP_KINDS: readonly ProductKind[] = ["serum", "facial-oil", "moisturizer", "cream"];

/** Display names of the step kinds. */
export const STEP_KIND_NAMES: Readonly<Record<RoutineStepKind, string>> = {
  cleanser: "Cleanser",
  "oil-cleanser": "Oil or balm cleanser",
  toner: "Toner",
  essence: "Essence",
  serum: "Serum",
  "facial-oil": "Facial oil",
  "eye-cream": "Eye cream",
  moisturizer: "Moisturizer",
  cream: "Cream",
  "sleeping-mask": "Sleeping mask",
  mask: "Sheet or hydrating mask",
  sunscreen: "Sunscreen",
  massage: "Face massage",
  "neck-shoulders": "Neck and shoulder release",
};

/**
 * Where each product goes, thin and watery first: cleansing, then watery layers and the mask,
 * then serum and oil (the usual slip for the massage), eye cream, moisturizer and cream, the
 * overnight mask, and sunscreen last.
 */
export const LAYER_RANK: Readonly<Record<ProductKind, number>> = {
  "oil-cleanser": 0,
  cleanser: 1,
  toner: 2,
  essence: 3,
  mask: 4,
  serum: 5,
  "facial-oil": 6,
  "eye-cream": 7,
  moisturizer: 8,
  cream: 9,
  "sleeping-mask": 10,
  sunscreen: 11,
};

/** True for a known product kind. */
export function isProductKind(kind: unknown): kind is ProductKind {
  return typeof kind === "string" && (PRODUCT_KINDS as readonly string[]).includes(kind);
}
