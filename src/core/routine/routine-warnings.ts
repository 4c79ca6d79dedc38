import type { Slot } from "../model/slots.ts";
import type { ProductKind } from "./product-kinds.ts";
import type { RoutineWarning } from "./routine-types.ts";

const NO_MEDIUM: RoutineWarning = {
  code: "no-medium",
  message:
    "Nothing in this routine gives your fingers glide, and massage on dry skin tugs it. Add a serum, a facial oil or a moisturizer and use it just before the massage.",
};

/**
 * The composer's warnings and suggestions for a product list (as given, before slot filtering),
 * in a fixed order.
 */
export function routineWarnings(
  kinds: readonly ProductKind[],
  slot: Slot,
  hasMedium: boolean,
): readonly RoutineWarning[] {
  const has = (kind: ProductKind): boolean => kinds.includes(kind);
  const warnings: RoutineWarning[] = [];
  if (!hasMedium) warnings.push(NO_MEDIUM);
  if (slot === "am") {
    if (has("sleeping-mask")) {
      warnings.push({
        code: "sleeping-mask-morning",
        message:
          "A sleeping mask is made to stay on overnight, so it is left out of the morning routine.",
      });
    }
    if (!has("sunscreen")) {
      warnings.push({
        code: "no-sunscreen",
        message: "Finish the morning with a broad-spectrum sunscreen, applied last.",
      });
    }
    return warnings;
  }
  if (has("sunscreen")) {
    warnings.push({
      code: "sunscreen-evening",
      message:
        slot === "pm"
          ? "Sunscreen is for the daytime, so it is left out of the evening routine."
          : "The weekly session is planned as an evening routine, so sunscreen is left out. If you do it in the morning, finish with sunscreen as usual.",
    });
  }
  const oil = has("oil-cleanser");
  const gentle = has("cleanser");
  if (!oil && !gentle) {
    warnings.push({
      code: "no-cleanser",
      message: "Massage a clean face: wash it first, at least with lukewarm water.",
    });
  } else if (slot === "pm" && oil !== gentle) {
    warnings.push({
      code: "single-cleanse",
      message: oil
        ? "After the oil cleanser, wash with a gentle cleanser to take off what it lifted."
        : "On days you wore makeup or sunscreen, cleanse twice: an oil or balm cleanser first, then your gentle cleanser.",
    });
  }
  if (slot === "weekly" && !has("mask")) {
    warnings.push({
      code: "no-mask",
      message: "The weekly session starts well with a hydrating mask before the massage.",
    });
  }
  return warnings;
}
