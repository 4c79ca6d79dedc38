import type { Slot } from "../model/slots.ts";
import { isActive, type ProductKind, SLIP_KINDS, STEP_KIND_NAMES } from "./product-kinds.ts";
import type { RoutineWarning, RoutineWarningCode } from "./routine-types.ts";

const say = (code: RoutineWarningCode, message: string): RoutineWarning => ({ code, message });

const NO_MEDIUM = say(
  "no-medium",
  "Nothing in this routine gives your fingers glide, and massage on dry skin tugs it. Add a serum, a facial oil or a moisturizer and use it just before the massage.",
);

/** Words in a product's own name that suggest an active entered under a bland kind. */
const ACTIVE_WORDS =
  /retin|tretinoin|adapalene|tazarotene|glycolic|lactic|salicylic|mandelic|gluconolactone|\b[ab]ha\b|\bpha\b|vitamin ?c\b|ascorbic|benzoyl|azelaic|metronidazole/i;

const list = (kinds: readonly ProductKind[]): string => {
  // Only the first letter is lowered, so "Vitamin C" reads "vitamin C" mid-sentence.
  const names = kinds.map((k) => {
    const name = STEP_KIND_NAMES[k];
    return name.charAt(0).toLowerCase() + name.slice(1);
  });
  return names.length > 1
    ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`
    : (names[0] ?? "");
};

function mediumWarnings(
  products: readonly { readonly kind: ProductKind; readonly name?: string }[],
  hasMedium: boolean,
): readonly RoutineWarning[] {
  const out: RoutineWarning[] = [];
  const actives = [...new Set(products.map((p) => p.kind).filter(isActive))];
  if (!hasMedium && actives.length > 0) {
    out.push(
      say(
        "active-only-slip",
        `Your ${list(actives)} ${actives.length > 1 ? "are actives" : "is an active"}, not a massage medium: rubbed in for minutes, an active spreads, under the eyes too, and irritates. Add a facial oil or a moisturizer for the massage, and put the ${list(actives)} on after it.`,
      ),
    );
  } else if (!hasMedium) out.push(NO_MEDIUM);
  for (const p of products) {
    if (p.name !== undefined && SLIP_KINDS.includes(p.kind) && ACTIVE_WORDS.test(p.name)) {
      out.push(
        say(
          "name-looks-active",
          `"${p.name}" sounds like an active ingredient. If it is one, add it as that kind (retinoid, vitamin C, exfoliating acid and so on) instead of ${STEP_KIND_NAMES[p.kind].toLowerCase()}, so it goes on after the massage rather than under your fingers.`,
        ),
      );
    }
  }
  return out;
}

function morningWarnings(has: (k: ProductKind) => boolean): readonly RoutineWarning[] {
  const out: RoutineWarning[] = [];
  if (has("sleeping-mask"))
    out.push(
      say(
        "sleeping-mask-morning",
        "A sleeping mask is made to stay on overnight, so it is left out of the morning routine.",
      ),
    );
  if (has("retinoid"))
    out.push(
      say(
        "retinoid-morning",
        "A retinoid belongs to the evening, since daylight breaks it down, so it is left out of the morning routine.",
      ),
    );
  if (!has("sunscreen"))
    out.push(
      has("vitamin-c")
        ? say(
            "vitamin-c-sunscreen",
            "Vitamin C in the morning needs a broad-spectrum sunscreen after it: finish with one, applied last.",
          )
        : say("no-sunscreen", "Finish the morning with a broad-spectrum sunscreen, applied last."),
    );
  return out;
}

function eveningWarnings(has: (k: ProductKind) => boolean, slot: Slot): readonly RoutineWarning[] {
  const out: RoutineWarning[] = [];
  if (has("sunscreen"))
    out.push(
      say(
        "sunscreen-evening",
        slot === "pm"
          ? "Sunscreen is for the daytime, so it is left out of the evening routine."
          : "The weekly session is planned as an evening routine, so sunscreen is left out. If you do it in the morning, finish with sunscreen as usual.",
      ),
    );
  const oil = has("oil-cleanser");
  const gentle = has("cleanser");
  if (!oil && !gentle) {
    out.push(
      say("no-cleanser", "Massage a clean face: wash it first, at least with lukewarm water."),
    );
  } else if (slot === "pm" && oil !== gentle) {
    out.push(
      say(
        "single-cleanse",
        oil
          ? "After the oil cleanser, wash with a gentle cleanser to take off what it lifted."
          : "On days you wore makeup or sunscreen, cleanse twice: an oil or balm cleanser first, then your gentle cleanser.",
      ),
    );
  }
  if (slot === "weekly" && !has("mask"))
    out.push(
      say("no-mask", "The weekly session starts well with a hydrating mask before the massage."),
    );
  if (has("retinoid") && has("exfoliating-acid"))
    out.push(
      say(
        "retinoid-and-acid",
        "Use the retinoid and the exfoliating acid on different nights: together their irritation adds up. Most people alternate them.",
      ),
    );
  if (has("retinoid") && has("benzoyl-peroxide"))
    out.push(
      say(
        "benzoyl-peroxide-retinoid",
        "Benzoyl peroxide may break down tretinoin (studies disagree), so the usual advice is benzoyl peroxide in the morning and the retinoid at night, unless one product combines them and its label says to use them together.",
      ),
    );
  if (!has("moisturizer") && !has("cream") && !has("sleeping-mask"))
    out.push(
      say(
        "no-moisturizer-night",
        "Finish the evening with a moisturizer or cream, after the massage and any active.",
      ),
    );
  return out;
}

const ESSENTIAL_OIL = say(
  "essential-oil-caution",
  "Essential oils can cause allergies, so keep them out of the massage medium. Patch test a new product first: a little on the inside of the arm twice a day for 7 to 10 days, stopping at any redness, itch or swelling. Never use an essential oil undiluted (near the face, 0.5% or less) or near the eyes, keep citrus oils off skin that will see the sun that day, and leave them out when pregnant or during an eczema flare.",
);

/**
 * The composer's warnings and suggestions for a product list (as given, before slot filtering),
 * in a fixed order: the medium, then the slot's own advice, then essential-oil caution.
 */
export function routineWarnings(
  products: readonly { readonly kind: ProductKind; readonly name?: string }[],
  slot: Slot,
  hasMedium: boolean,
): readonly RoutineWarning[] {
  const has = (kind: ProductKind): boolean => products.some((p) => p.kind === kind);
  return [
    ...mediumWarnings(products, hasMedium),
    ...(slot === "am" ? morningWarnings(has) : eveningWarnings(has, slot)),
    ...(has("essential-oil") ? [ESSENTIAL_OIL] : []),
  ];
}
