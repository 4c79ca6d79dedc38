import type { Slot } from "../model/slots.ts";
import type { InputError } from "../validate/input-error.ts";
import type { RoutineStepKind } from "./product-kinds.ts";

/** A product a person owns; `kind` is checked, `name` is their own label for it. */
export interface ProductInput {
  readonly kind: string;
  readonly name?: string;
}

/** One step of a routine and how to do it. */
export interface RoutineStep {
  readonly kind: RoutineStepKind;
  readonly name?: string;
  readonly how: string;
  /** A guide that explains the step, as its slug (`/learn/guides/<slug>`). */
  readonly guide?: string;
}

/** Stable codes of the composer's warnings and suggestions. */
export type RoutineWarningCode =
  | "no-medium"
  | "no-sunscreen"
  | "sunscreen-evening"
  | "sleeping-mask-morning"
  | "single-cleanse"
  | "no-cleanser"
  | "no-mask"
  | "active-only-slip"
  | "name-looks-active"
  | "retinoid-morning"
  | "vitamin-c-sunscreen"
  | "retinoid-and-acid"
  | "benzoyl-peroxide-retinoid"
  | "no-moisturizer-night"
  | "essential-oil-caution";

/** Something the person should know or might add. */
export interface RoutineWarning {
  readonly code: RoutineWarningCode;
  readonly message: string;
}

/** A composed routine for one slot. */
export interface Routine {
  readonly slot: Slot;
  readonly steps: readonly RoutineStep[];
  readonly warnings: readonly RoutineWarning[];
}

/** The composer's answer: a routine, or an error naming the bad field (e.g. unknown kinds). */
export type RoutineResult =
  | { readonly ok: true; readonly routine: Routine }
  | { readonly ok: false; readonly error: InputError };
